import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import type { DueItem, DueNowResult } from './cadence-types.ts';

/**
 * What is due or overdue now. The cadence API may not exist on this server yet: a 404 shows
 * nothing at all rather than an error.
 */
export function DueNow() {
  const { data, error } = useApi<DueNowResult>('/api/cadence/due');
  if (error?.status === 404) return null;
  return (
    <Stack gap="xs">
      <Title order={3}>Due or overdue now</Title>
      {error ? (
        <ProblemAlert problem={error} />
      ) : !data ? null : data.due.length === 0 ? (
        <Text c="dimmed" size="sm">
          Nothing is due. Recurring work (access reviews, policy reviews, training) appears here when it falls due.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" aria-label="Due or overdue now">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Obligation</Table.Th>
                <Table.Th>Owner</Table.Th>
                <Table.Th w={120}>Due on</Table.Th>
                <Table.Th w={160}>Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.due.map(({ obligation, occurrence }) => (
                <Table.Tr key={`${obligation.id}:${occurrence.index}`}>
                  <Table.Td>{obligation.title}</Table.Td>
                  <Table.Td>{obligation.owner}</Table.Td>
                  <Table.Td>{occurrence.dueOn}</Table.Td>
                  <Table.Td>
                    <DueStatus occurrence={occurrence} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function DueStatus({ occurrence }: { occurrence: DueItem['occurrence'] }) {
  if (occurrence.status === 'missed') return <Badge color="red">Missed</Badge>;
  if (occurrence.overdueDays) {
    return <Badge color="orange">{occurrence.overdueDays === 1 ? '1 day overdue' : `${occurrence.overdueDays} days overdue`}</Badge>;
  }
  return <Badge variant="light">Due</Badge>;
}
