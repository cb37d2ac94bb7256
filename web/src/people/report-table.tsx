import { Badge, Stack, Table, Text } from '@mantine/core';
import { formatDateTime } from '../ui/format-date.ts';
import { sentence } from '../ui/sentence.ts';
import { exceptionLabels, outcomeLabel } from './checklist-labels.ts';
import type { ReportRow } from './people-types.ts';

/** Hires or leavers of the report, one row per checklist: completion, timing and exceptions. */
export function ReportTable({ rows, population, timeZone }: { rows: ReportRow[]; population: 'hire' | 'leaver'; timeZone: string }) {
  const leavers = population === 'leaver';
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="xs" aria-label={leavers ? 'Leavers' : 'Hires'} layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Person</Table.Th>
            <Table.Th w={110}>{leavers ? 'Left on' : 'Started on'}</Table.Th>
            <Table.Th w={150}>Completion</Table.Th>
            <Table.Th w={190}>Timing</Table.Th>
            {leavers && <Table.Th w={210}>Access removed</Table.Th>}
            <Table.Th>Exceptions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.checklistId} data-row={row.email}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {row.name}
                </Text>
                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {row.email} · {row.kind}
                  {row.title ? `, ${row.title}` : ''}
                  {row.reason ? ` · ${row.reason}` : ''}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{row.date}</Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={row.status === 'complete' ? 'green' : 'orange'}>
                  {row.status === 'complete' ? 'Complete' : `${row.done} of ${row.total} done`}
                </Badge>
                {row.completedAt && (
                  <Text size="xs" c="dimmed">
                    {formatDateTime(row.completedAt, timeZone)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{sentence(row.timing)}</Text>
                {row.doneBy.length > 0 && (
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    by {row.doneBy.join(', ')}
                  </Text>
                )}
              </Table.Td>
              {leavers && (
                <Table.Td>
                  {row.revoked.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  ) : (
                    row.revoked.map((r) => (
                      <Text key={r.system} size="xs">
                        {r.system}: {outcomeLabel(r.outcome).toLowerCase()}, {formatDateTime(r.at, timeZone)}
                      </Text>
                    ))
                  )}
                </Table.Td>
              )}
              <Table.Td>
                {row.exceptions.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    None
                  </Text>
                ) : (
                  <Stack gap={2}>
                    {row.exceptions.map((e) => (
                      <Text key={`${e.key}:${e.rule}`} size="xs" c="red">
                        {exceptionLabels[e.rule]} ({e.key}): {e.detail}
                      </Text>
                    ))}
                  </Stack>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
