import { Badge, Table, Text } from '@mantine/core';
import { formatDate, formatDateTime } from '../ui/format-date.ts';
import type { EvidenceEvent } from './evidence-types.ts';

export interface EvidenceTableProps {
  events: EvidenceEvent[];
  timeZone: string;
  /** The event verification failed at, highlighted when it is on this page. */
  badSeq: number | undefined;
  onOpen(seq: number): void;
}

/** Events, newest first; a row opens the event's details. */
export function EvidenceTable({ events, timeZone, badSeq, onOpen }: EvidenceTableProps) {
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table highlightOnHover verticalSpacing="xs" tabularNums aria-label="Evidence events">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>Seq</Table.Th>
            <Table.Th w={120}>Effective date</Table.Th>
            <Table.Th w={160}>Recorded at</Table.Th>
            <Table.Th>Actor</Table.Th>
            <Table.Th>Action</Table.Th>
            <Table.Th>Subject</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr
              key={event.seq}
              data-seq={event.seq}
              tabIndex={0}
              style={{ cursor: 'pointer' }}
              bg={event.seq === badSeq ? 'var(--mantine-color-red-light)' : undefined}
              onClick={() => onOpen(event.seq)}
              onKeyDown={(key) => {
                if (key.key === 'Enter' || key.key === ' ') {
                  key.preventDefault();
                  onOpen(event.seq);
                }
              }}
            >
              <Table.Td>
                <Text size="sm" fw={500} c={event.seq === badSeq ? 'red' : undefined}>
                  #{event.seq}
                </Text>
              </Table.Td>
              <Table.Td>{formatDate(event.effectiveAt, timeZone)}</Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {formatDateTime(event.recordedAt, timeZone)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" span>
                  {event.actor.id}
                </Text>
                {event.actor.type !== 'user' && (
                  <Badge size="xs" variant="light" color="gray" ml={6}>
                    {event.actor.type}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {event.action}
                </Text>
              </Table.Td>
              <Table.Td>
                {/* One line per event: long ids (a user's UUID) are cut here and shown whole in the details. */}
                <Text size="sm" truncate="end" maw={280} title={`${event.subject.type} ${event.subject.id}`}>
                  <Text span c="dimmed" size="sm">
                    {event.subject.type}
                  </Text>{' '}
                  {event.subject.id}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
