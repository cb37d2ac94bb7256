import { Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import { CompleteItemModal, type ItemToComplete } from './complete-item-modal.tsx';
import type { MyItems } from './people-types.ts';

/**
 * For the overview: the checklist items waiting for the signed-in user, on their own onboarding
 * or for the people they manage. Nothing shows when nothing waits.
 */
export function MyTasks() {
  const { data, error, reload } = useApi<MyItems>('/api/me/checklist-items');
  const [completing, setCompleting] = useState<ItemToComplete>();
  if (error) return <ProblemAlert problem={error} />;
  if (!data || data.items.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label="Waiting for you">
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4">
            Waiting for you
          </Title>
          <Text size="sm" c="dimmed">
            Checklist items only you can confirm: your own onboarding, and the access of the people you manage.
          </Text>
        </div>
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" aria-label="Waiting for you">
            <Table.Tbody>
              {data.items.map((waiting) => {
                const of = waiting.as === 'person' ? `Your ${waiting.kind}` : `${waiting.person.name}’s ${waiting.kind}`;
                return (
                  <Table.Tr key={`${waiting.checklistId}:${waiting.item.key}`} data-item={waiting.item.key}>
                    <Table.Td>
                      <Text size="sm">{waiting.item.title}</Text>
                      <Text size="xs" c="dimmed">
                        {of}
                        {waiting.as === 'manager' && ' (you are their manager)'}
                      </Text>
                    </Table.Td>
                    <Table.Td w={140}>
                      <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                        due {waiting.item.dueOn}
                      </Text>
                    </Table.Td>
                    <Table.Td w={120} ta="right">
                      <Button size="xs" variant="light" onClick={() => setCompleting({ checklistId: waiting.checklistId, item: waiting.item, of })}>
                        Confirm…
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
      <CompleteItemModal
        target={completing}
        onClose={() => setCompleting(undefined)}
        onDone={() => {
          setCompleting(undefined);
          reload();
        }}
      />
    </Paper>
  );
}
