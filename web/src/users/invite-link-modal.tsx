import { Button, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import type { User } from '../identity/identity-types.ts';
import { formatDateTime } from '../ui/format-date.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import type { InviteLink } from './user-types.ts';

/** A new invite or password reset link, shown once: the server keeps only its fingerprint. */
export function InviteLinkModal({ invite, onClose }: { invite: { user: User; link: InviteLink } | undefined; onClose(): void }) {
  const { timeZone } = useWorkspace();
  return (
    <Modal opened={invite !== undefined} onClose={onClose} title={<Text fw={600}>Send this link to {invite?.user.name}</Text>} centered size="lg">
      {invite && (
        <Stack gap="sm">
          <Text size="sm">
            {invite.user.status === 'active'
              ? `${invite.user.email} opens it to choose a new password; their open sessions end.`
              : `${invite.user.email} opens it to set a password and join as ${invite.user.role}.`}{' '}
            It works once, until{' '}
            {formatDateTime(invite.link.expiresAt, timeZone)}. Send it the way you would send a password: Groundwork shows
            it only now.
          </Text>
          <Group gap="xs" wrap="nowrap" align="flex-end">
            <TextInput aria-label="Invite link" readOnly value={invite.link.inviteUrl} style={{ flex: 1 }} data-testid="invite-link" onFocus={(event) => event.currentTarget.select()} />
            <CopyButton value={invite.link.inviteUrl}>
              {({ copied, copy }) => <Button onClick={copy}>{copied ? 'Copied' : 'Copy link'}</Button>}
            </CopyButton>
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Done
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
