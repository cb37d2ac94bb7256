import { Anchor, Table, Text } from '@mantine/core';
import { followLink } from '../app/router.tsx';
import { plural } from '../ui/plural.ts';
import type { AuditRequest } from './audit-types.ts';
import { ControlBadges } from './control-badges.tsx';
import { fromToday, RequestStatusBadge } from './request-status-badge.tsx';

/** The auditor's requests by id: what each asks, for which control, when it is due, and whether it is answered. */
export function RequestsTable({ requests, today, hrefOf }: { requests: AuditRequest[]; today: string; hrefOf(id: string): string }) {
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="sm" aria-label="Audit requests" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={110}>Request</Table.Th>
            <Table.Th w={150}>Control</Table.Th>
            <Table.Th>What the auditor asks for</Table.Th>
            <Table.Th w={150}>Due</Table.Th>
            <Table.Th w={130}>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {requests.map((request) => (
            <Table.Tr key={request.id} data-request={request.id}>
              <Table.Td>
                <Anchor href={hrefOf(request.id)} size="sm" fw={500} onClick={(event) => followLink(event, hrefOf(request.id))}>
                  {request.id}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <ControlBadges control={request.control} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2}>
                  {request.description}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{request.dueOn}</Text>
                <Text size="xs" c={request.status === 'overdue' ? 'red' : 'dimmed'}>
                  {request.status === 'answered' ? plural(request.answers, 'answer') : fromToday(request.dueOn, today)}
                </Text>
              </Table.Td>
              <Table.Td>
                <RequestStatusBadge request={request} today={today} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
