import { Code, Stack, Table, Text } from '@mantine/core';
import { actorName } from '../ui/actor-name.ts';
import { formatDateTime } from '../ui/format-date.ts';
import { plural } from '../ui/plural.ts';
import { Section } from '../ui/section.tsx';
import { useWorkspace } from '../ui/workspace.tsx';
import type { AccountSnapshot } from './account-types.ts';

export interface SnapshotHistoryProps {
  snapshots: AccountSnapshot[];
  formatLabel(id: string): string;
}

/** Every list imported for a system, newest (in force) first, with the files read and their SHA-256. */
export function SnapshotHistory({ snapshots, formatLabel }: SnapshotHistoryProps) {
  const { timeZone } = useWorkspace();
  return (
    <Section title="Imported lists" description="Each import is kept as it was: the list before and after a review are two of these. The newest is in force.">
      {snapshots.length === 0 ? (
        <Text size="sm" c="dimmed">
          None yet.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="xs" aria-label="Imported lists">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>#</Table.Th>
                <Table.Th>As of</Table.Th>
                <Table.Th>Accounts</Table.Th>
                <Table.Th>Format</Table.Th>
                <Table.Th>Files (SHA-256)</Table.Th>
                <Table.Th>Imported</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {snapshots.map((snapshot, i) => (
                <Table.Tr key={snapshot.id} data-snapshot={snapshot.number}>
                  <Table.Td>
                    <Text size="sm" fw={i === 0 ? 600 : undefined}>
                      {snapshot.number}
                      {i === 0 && ' (in force)'}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(snapshot.asOf, timeZone)}</Table.Td>
                  <Table.Td>{snapshot.accounts.toLocaleString('en-US')}</Table.Td>
                  <Table.Td>{formatLabel(snapshot.format)}</Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      {snapshot.sources.map((source) => (
                        <Text key={source.name} size="xs">
                          {source.name} ({plural(source.bytes, 'byte')}) <Code fz={10}>{source.sha256}</Code>
                        </Text>
                      ))}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(snapshot.importedAt, timeZone)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      by {actorName(snapshot.importedBy)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}
