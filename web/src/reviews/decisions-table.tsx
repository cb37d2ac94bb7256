import { Group, Pagination, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { AccountName } from '../accounts/account-name.tsx';
import { FlagBadges } from '../accounts/flag-badges.tsx';
import { formatDateTime } from '../ui/format-date.ts';
import { plural } from '../ui/plural.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import { DecisionBadge } from './decision-badge.tsx';
import type { ReviewItem } from './review-types.ts';

const PAGE = 50;

/** Every account of the list before with its decision, who made it and when; a page at a time. */
export function DecisionsTable({ decisions, label }: { decisions: ReviewItem[]; label: string }) {
  const { timeZone } = useWorkspace();
  const [page, setPage] = useState(1);
  const shown = decisions.slice((page - 1) * PAGE, page * PAGE);
  return (
    <div>
      <Table.ScrollContainer minWidth={1000}>
        <Table verticalSpacing={6} aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Account</Table.Th>
              <Table.Th>Person</Table.Th>
              <Table.Th>Flags at the start</Table.Th>
              <Table.Th>Decision</Table.Th>
              <Table.Th>Reason</Table.Th>
              <Table.Th>By, when</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((item) => (
              <Table.Tr key={item.externalId} data-decision-row={item.externalId}>
                <Table.Td maw={240}>
                  <AccountName account={item} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{item.person?.name ?? 'orphan'}</Text>
                </Table.Td>
                <Table.Td maw={240}>
                  <FlagBadges flags={item.flags} />
                </Table.Td>
                <Table.Td>
                  <DecisionBadge decision={item.decision} reason={null} decidedBy={null} />
                </Table.Td>
                <Table.Td maw={260}>
                  <Text size="sm">{item.reason ?? '—'}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{item.decidedBy ?? '—'}</Text>
                  <Text size="xs" c="dimmed">
                    {item.decidedAt && formatDateTime(item.decidedAt, timeZone)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {decisions.length > PAGE && (
        <Group justify="space-between" mt="xs">
          <Text size="xs" c="dimmed">
            {plural(decisions.length, 'account')}
          </Text>
          <Pagination size="sm" total={Math.ceil(decisions.length / PAGE)} value={page} onChange={setPage} />
        </Group>
      )}
    </div>
  );
}
