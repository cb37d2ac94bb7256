import { Badge, Drawer, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { formatDateTime } from '../ui/format-date.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import { assetPath, type AssetHistory, kindLabels } from './asset-types.ts';

/** Everyone who has had an asset, oldest first, with who recorded each hand-over and return. */
export function AssetHistoryDrawer({ tag, onClose }: { tag: string | undefined; onClose(): void }) {
  const history = useApi<AssetHistory>(tag ? assetPath(tag) : null);
  const shown = history.data && history.data.asset.tag === tag ? history.data : undefined;
  return (
    <Drawer opened={tag !== undefined} onClose={onClose} position="right" size="xl" title={<Title order={3}>{tag}</Title>}>
      {history.error ? <ProblemAlert problem={history.error} /> : shown ? <HistoryTable history={shown} /> : tag && <Loader aria-label="Loading the history" />}
    </Drawer>
  );
}

function HistoryTable({ history: { asset, assignments } }: { history: AssetHistory }) {
  const { timeZone } = useWorkspace();
  return (
    <Stack gap="md" data-testid="asset-history">
      <Text size="sm">
        {kindLabels[asset.kind]}
        {asset.description ? `, ${asset.description}` : ''}.{' '}
        {asset.holder ? `With ${asset.holder.name} since ${formatDateTime(asset.holder.assignedAt, timeZone)}.` : 'On the shelf.'}
      </Text>
      {assignments.length === 0 ? (
        <Text c="dimmed">Never handed out.</Text>
      ) : (
        <Table verticalSpacing="sm" aria-label="Assignments">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Person</Table.Th>
              <Table.Th>Assigned</Table.Th>
              <Table.Th>Returned</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {assignments.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <Text size="sm">{a.name}</Text>
                  <Text size="xs" c="dimmed">
                    {a.email}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDateTime(a.assignedAt, timeZone)}</Text>
                  <Text size="xs" c="dimmed">
                    by {a.assignedBy}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {a.returnedAt ? (
                    <>
                      <Text size="sm">{formatDateTime(a.returnedAt, timeZone)}</Text>
                      <Text size="xs" c="dimmed">
                        by {a.returnedBy}
                        {a.returnNote ? `: ${a.returnNote}` : ''}
                      </Text>
                    </>
                  ) : (
                    <Badge variant="light">Has it now</Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
