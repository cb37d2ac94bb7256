import { Alert, Code, Stack, Text } from '@mantine/core';
import { formatDateTime } from '../ui/format-date.ts';
import { plural } from '../ui/plural.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import type { AccountSnapshot } from './account-types.ts';

export interface ImportResultProps {
  snapshot: AccountSnapshot;
  formatLabel: string;
  /** Whether the format was detected rather than named. */
  detected: boolean;
}

/** What an import made: the new list in force, the format it was read as, and each file's SHA-256. */
export function ImportResult({ snapshot, formatLabel, detected }: ImportResultProps) {
  const { timeZone } = useWorkspace();
  return (
    <Alert color="green" variant="light" title={`Imported list #${snapshot.number}: ${plural(snapshot.accounts, 'account')}`}>
      <Stack gap={4}>
        <Text size="sm">
          Read as <b>{formatLabel}</b>
          {detected ? ' (detected from the files)' : ''}, as of {formatDateTime(snapshot.asOf, timeZone)}. It is now the list in force.
        </Text>
        {snapshot.sources.map((source) => (
          <Text key={source.name} size="xs" c="dimmed">
            {source.name} · {plural(source.bytes, 'byte')} · SHA-256 <Code>{source.sha256}</Code>
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}
