import { Badge, Checkbox, Table, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { AccountName } from '../accounts/account-name.tsx';
import { FlagBadges } from '../accounts/flag-badges.tsx';
import { DecisionBadge } from './decision-badge.tsx';
import type { ReviewItem } from './review-types.ts';

export interface ReviewItemsTableProps {
  items: ReviewItem[];
  cursor: number;
  selected: ReadonlySet<string>;
  /** The signed-in user: their own accounts are someone else's to decide. */
  me: string;
  /** Whether the user decides here; without it there is nothing to select. */
  decides: boolean;
  onCursor(index: number): void;
  onToggle(externalId: string): void;
}

/** One page of a system's accounts in the review; the current row is the one the keys act on. */
export function ReviewItemsTable({ items, cursor, selected, me, decides, onCursor, onToggle }: ReviewItemsTableProps) {
  const current = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    current.current?.scrollIntoView({ block: 'nearest' });
  }, [cursor, items]);
  return (
    <Table verticalSpacing={6} aria-label="Accounts to review" highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          {decides && <Table.Th w={32} />}
          <Table.Th>Account</Table.Th>
          <Table.Th>Person</Table.Th>
          <Table.Th>Flags</Table.Th>
          <Table.Th w={130}>Decision</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item, index) => {
          const isCurrent = index === cursor;
          const own = item.ownAccountOf !== null && item.ownAccountOf === me;
          return (
            <Table.Tr
              key={item.externalId}
              ref={isCurrent ? current : undefined}
              data-item={item.externalId}
              aria-current={isCurrent ? 'true' : undefined}
              onClick={() => onCursor(index)}
              style={{ cursor: 'pointer', boxShadow: isCurrent ? 'inset 3px 0 0 var(--mantine-color-blue-6)' : undefined }}
              bg={isCurrent ? 'var(--mantine-color-blue-light)' : undefined}
            >
              {decides && (
                <Table.Td onClick={(event) => event.stopPropagation()}>
                  <Checkbox size="xs" aria-label={`Select ${item.externalId}`} checked={selected.has(item.externalId)} disabled={own} onChange={() => onToggle(item.externalId)} />
                </Table.Td>
              )}
              <Table.Td maw={240}>
                <AccountName account={item} />
              </Table.Td>
              <Table.Td>
                {item.person ? (
                  <Text size="sm">{item.person.name}</Text>
                ) : (
                  <Badge size="sm" variant="outline" color="orange">
                    orphan
                  </Badge>
                )}
              </Table.Td>
              <Table.Td maw={260}>
                <FlagBadges flags={item.flags} />
              </Table.Td>
              <Table.Td>
                {item.ownAccountOf && !item.decision ? (
                  <Text size="xs" c="dimmed">
                    {own ? 'decided by another admin' : `${item.ownAccountOf}’s own: yours to decide`}
                  </Text>
                ) : (
                  <DecisionBadge decision={item.decision} reason={item.reason} decidedBy={item.decidedBy} />
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
