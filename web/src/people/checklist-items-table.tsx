import { Anchor, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useSession } from '../identity/session-context.tsx';
import { formatDateTime } from '../ui/format-date.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import { exceptionLabels, outcomeLabel, proofLabels } from './checklist-labels.ts';
import type { Checklist, ChecklistItem } from './people-types.ts';

export interface ChecklistItemsTableProps {
  checklist: Checklist;
  items: ChecklistItem[];
  /** "Alex Doe", "Sam Lee (manager)": who confirms each item, by name. */
  confirmer(item: ChecklistItem): string;
  /** Absent for a checklist of an engagement that ended: it is read-only. */
  onComplete?(item: ChecklistItem): void;
}

/** One phase of a checklist: each item, who confirms it, whether it is done, and its proof. */
export function ChecklistItemsTable({ checklist, items, confirmer, onComplete }: ChecklistItemsTableProps) {
  const { can } = useSession();
  const { timeZone } = useWorkspace();
  const mayConfirm = (item: ChecklistItem) => can('people:manage') || (item.confirmedBy !== 'admin' && can('checklists:confirm'));
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Item</Table.Th>
            <Table.Th w={190}>Status</Table.Th>
            <Table.Th w={200}>Proof</Table.Th>
            <Table.Th w={130} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const exceptions = checklist.exceptions.filter((e) => e.key === item.key);
            return (
              <Table.Tr key={item.key} data-item={item.key} bg={exceptions.length > 0 ? 'var(--mantine-color-red-light)' : undefined}>
                <Table.Td>
                  <Text size="sm">{item.title}</Text>
                  <Text size="xs" c="dimmed">
                    Due {item.dueOn} · confirmed by {confirmer(item)}
                  </Text>
                  {exceptions.map((exception) => (
                    <Text key={exception.rule} size="xs" c="red" fw={500} data-exception={exception.rule}>
                      {exceptionLabels[exception.rule]}: {exception.detail}
                    </Text>
                  ))}
                </Table.Td>
                <Table.Td>
                  <ItemStatus item={item} />
                </Table.Td>
                <Table.Td>
                  <Proof item={item} />
                </Table.Td>
                <Table.Td ta="right">
                  {!item.done && onComplete && mayConfirm(item) && (
                    <Button size="xs" variant="light" onClick={() => onComplete(item)}>
                      Complete…
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ItemStatus({ item }: { item: ChecklistItem }) {
  const { timeZone } = useWorkspace();
  if (!item.done) {
    return (
      <Badge variant="light" color="gray">
        Open
      </Badge>
    );
  }
  const exceptional = item.outcome === 'not-returned' || item.outcome === 'not-needed';
  return (
    <Stack gap={2}>
      <Badge variant="light" color={exceptional ? 'orange' : 'green'}>
        {outcomeLabel(item.outcome ?? 'done')}
      </Badge>
      <Text size="xs" c="dimmed">
        {formatDateTime(item.effectiveAt!, timeZone)} by {item.doneBy}
      </Text>
    </Stack>
  );
}

function Proof({ item }: { item: ChecklistItem }) {
  const { can } = useSession();
  if (!item.done) {
    return (
      <Text size="xs" c="dimmed">
        Needs {proofLabels[item.proof].toLowerCase()}
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      {item.attachmentSha256 &&
        (can('evidence:read') ? (
          <Anchor size="sm" href={`/api/evidence/attachments/${item.attachmentSha256}`}>
            Download file
          </Anchor>
        ) : (
          <Text size="sm">File kept</Text>
        ))}
      {item.link && (
        <Anchor size="sm" href={item.link} target="_blank" rel="noreferrer" style={{ overflowWrap: 'anywhere' }}>
          {item.link}
        </Anchor>
      )}
      {item.note && (
        <Text size="xs" fs="italic" style={{ overflowWrap: 'anywhere' }}>
          {item.note}
        </Text>
      )}
      {!item.attachmentSha256 && !item.link && !item.note && (
        <Text size="xs" c="dimmed">
          Confirmed
        </Text>
      )}
    </Stack>
  );
}
