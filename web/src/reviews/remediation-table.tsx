import { Button, Table, Text } from '@mantine/core';
import { accessText, RemediationState } from './remediation-state.tsx';
import { decisionLabels, type RemediationItem } from './review-types.ts';

export interface RemediationTableProps {
  items: RemediationItem[];
  /** Whether there is an after list to compare with. */
  hasAfter: boolean;
  /** Left out where exceptions cannot be recorded (not the reviewer, signed off, closed). */
  onException?: (item: RemediationItem) => void;
}

/** Each revocation and change: the access before, what the after list shows, and whether that settles it. */
export function RemediationTable({ items, hasAfter, onException }: RemediationTableProps) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="xs" aria-label="Revocations and changes">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Account</Table.Th>
            <Table.Th>Decision</Table.Th>
            <Table.Th>Before</Table.Th>
            <Table.Th>After list</Table.Th>
            <Table.Th>State</Table.Th>
            {onException && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.externalId} data-remediation-item={item.externalId}>
              <Table.Td>
                <Text size="sm" style={{ wordBreak: 'break-all' }}>
                  {item.externalId}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  <b>{decisionLabels[item.decision].label}</b>
                  {item.reason && `: ${item.reason}`}
                </Text>
                <Text size="xs" c="dimmed">
                  by {item.decidedBy}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{accessText(item.before)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={hasAfter ? undefined : 'dimmed'}>
                  {hasAfter ? accessText(item.after) : 'no after list yet'}
                </Text>
              </Table.Td>
              <Table.Td>
                <RemediationState item={item} />
                {item.exception && (
                  <Text size="xs" c="dimmed">
                    {item.exception.reason}
                  </Text>
                )}
              </Table.Td>
              {onException && (
                <Table.Td>
                  {item.state === 'open' && (
                    <Button size="compact-xs" variant="light" color="grape" onClick={() => onException(item)} aria-label={`Record an exception for ${item.externalId}`}>
                      Record exception
                    </Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
