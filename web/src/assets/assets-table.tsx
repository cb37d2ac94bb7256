import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { formatDate } from '../ui/format-date.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import { type Asset, kindLabels } from './asset-types.ts';

export interface AssetsTableProps {
  assets: Asset[];
  onHistory(asset: Asset): void;
  /** Left out for roles that may only look. */
  onAssign?: (asset: Asset) => void;
  onReturn?: (asset: Asset) => void;
}

/** Every asset and who has it now. */
export function AssetsTable({ assets, onHistory, onAssign, onReturn }: AssetsTableProps) {
  const { timeZone } = useWorkspace();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="sm" aria-label="Assets" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Tag</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>Holder</Table.Th>
            <Table.Th>Since</Table.Th>
            <Table.Th w={220} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {assets.map((asset) => (
            <Table.Tr key={asset.id} data-tag={asset.tag}>
              <Table.Td>
                <Text size="sm" fw={500} ff="monospace">
                  {asset.tag}
                </Text>
                {asset.description && (
                  <Text size="xs" c="dimmed">
                    {asset.description}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{kindLabels[asset.kind]}</Table.Td>
              <Table.Td>
                {asset.holder ? (
                  <>
                    <Text size="sm">{asset.holder.name}</Text>
                    <Text size="xs" c="dimmed">
                      {asset.holder.email}
                    </Text>
                  </>
                ) : (
                  <Badge variant="light" color="gray">
                    On the shelf
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{asset.holder ? formatDate(asset.holder.assignedAt, timeZone) : '—'}</Table.Td>
              <Table.Td ta="right">
                <Group gap={6} justify="flex-end" wrap="nowrap">
                  <Button size="xs" variant="subtle" onClick={() => onHistory(asset)} aria-label={`History of ${asset.tag}`}>
                    History
                  </Button>
                  {asset.holder && onReturn && (
                    <Button size="xs" variant="default" onClick={() => onReturn(asset)} aria-label={`Return ${asset.tag}`}>
                      Return
                    </Button>
                  )}
                  {!asset.holder && onAssign && (
                    <Button size="xs" variant="default" onClick={() => onAssign(asset)} aria-label={`Assign ${asset.tag}`}>
                      Assign
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
