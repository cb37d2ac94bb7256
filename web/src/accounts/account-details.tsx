import { Group, Stack, Text } from '@mantine/core';
import { formatDate } from '../ui/format-date.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import type { Account } from './account-types.ts';
import { FlagReasons } from './flag-reasons.tsx';

/** Why an account is flagged, and the facts of it the list gave: where it came from, when made, credentials, grants. */
export function AccountDetails({ account }: { account: Account }) {
  const { timeZone } = useWorkspace();
  const facts = [
    `from ${account.source.file}, line ${account.source.line}`,
    account.createdAt && `created ${formatDate(account.createdAt, timeZone)}`,
    account.privilegeReason && `privileged: ${account.privilegeReason}`,
    account.credentialRotatedAt && `credential rotated ${formatDate(account.credentialRotatedAt, timeZone)}`,
    account.oauthGrants !== null && `${account.oauthGrants} OAuth grants`,
  ].filter(Boolean);
  return (
    <Stack gap="xs" py={4}>
      <FlagReasons flags={account.flags} />
      <Group gap="md">
        <Text size="xs" c="dimmed">
          {facts.join(' · ')}
        </Text>
      </Group>
    </Stack>
  );
}
