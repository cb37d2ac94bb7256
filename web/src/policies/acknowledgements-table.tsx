import { Badge, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatDate } from '../ui/format-date.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import type { AcknowledgementRow } from './acknowledgement-types.ts';

export interface AcknowledgementsTableProps {
  rows: AcknowledgementRow[];
  /** False on a policy's own page, where every row is that policy. */
  showPolicy: boolean;
  /** Something to do about an outstanding row, such as sending a link. */
  action?: (row: AcknowledgementRow) => ReactNode;
}

/** One line per person and policy: acknowledged in a version that still counts, or outstanding. */
export function AcknowledgementsTable({ rows, showPolicy, action }: AcknowledgementsTableProps) {
  const { timeZone } = useWorkspace();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" aria-label="Acknowledgements" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Person</Table.Th>
            {showPolicy && <Table.Th>Policy</Table.Th>}
            <Table.Th>Status</Table.Th>
            <Table.Th>Acknowledged</Table.Th>
            {action && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={`${row.personId}:${row.policyId}`} data-person={row.email} data-status={row.status}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {row.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {row.email} · {row.kind}
                  {row.engagement === 'pre-hire' ? ', starting soon' : ''}
                </Text>
              </Table.Td>
              {showPolicy && (
                <Table.Td>
                  <Text size="sm">{row.title}</Text>
                </Table.Td>
              )}
              <Table.Td>
                <Badge variant="light" color={row.status === 'acknowledged' ? 'green' : 'orange'}>
                  {row.status === 'acknowledged' ? 'Acknowledged' : 'Outstanding'}
                </Badge>
              </Table.Td>
              <Table.Td>
                {row.acknowledgedVersion !== null && row.acknowledgedAt ? (
                  <Text size="sm">
                    Version {row.acknowledgedVersion} on {formatDate(row.acknowledgedAt, timeZone)}
                    <Text span size="xs" c="dimmed">
                      {' '}
                      {row.via === 'link' ? 'from a link' : 'signed in'}
                    </Text>
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    Not yet
                  </Text>
                )}
                {row.status === 'outstanding' && (
                  <Text size="xs" c="dimmed">
                    version {row.inForceVersion} to read{row.acknowledgedVersion !== null ? `: version ${row.requiredVersion} changed it materially` : ''}
                  </Text>
                )}
              </Table.Td>
              {action && <Table.Td ta="right">{row.status === 'outstanding' && action(row)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
