import { Code, Paper, Stack, Text } from '@mantine/core';
import type { AccountSnapshot } from '../accounts/account-types.ts';
import { formatDateTime } from '../ui/format-date.ts';
import { plural } from '../ui/plural.ts';
import { useWorkspace } from '../ui/workspace.tsx';

/** A list before or after a review: which import, as of when, and the files with their SHA-256. */
export function SnapshotCard({ title, snapshot, missing }: { title: string; snapshot: AccountSnapshot | null; missing: string }) {
  const { timeZone } = useWorkspace();
  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-label={title}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      {snapshot ? (
        <Stack gap={2} mt={4}>
          <Text size="sm">
            #{snapshot.number}: {plural(snapshot.accounts, 'account')}, as of {formatDateTime(snapshot.asOf, timeZone)}
          </Text>
          <Text size="xs" c="dimmed">
            imported {formatDateTime(snapshot.importedAt, timeZone)}
          </Text>
          {snapshot.sources.map((source) => (
            <Text key={source.name} size="xs" style={{ wordBreak: 'break-all' }}>
              {source.name} · SHA-256 <Code fz={10}>{source.sha256}</Code>
            </Text>
          ))}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed" mt={4}>
          {missing}
        </Text>
      )}
    </Paper>
  );
}
