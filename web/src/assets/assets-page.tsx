import { Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useSession } from '../identity/session-context.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import { AddAssetModal } from './add-asset-modal.tsx';
import { AssetHistoryDrawer } from './asset-history-drawer.tsx';
import type { Asset, AssetList } from './asset-types.ts';
import { AssetsTable } from './assets-table.tsx';
import { AssignAssetModal } from './assign-asset-modal.tsx';
import { ReturnAssetModal } from './return-asset-modal.tsx';

/** /assets: laptops, hardware tokens and badges, who has them, and everyone who had them before. */
export function AssetsPage() {
  const { can } = useSession();
  const list = useApi<AssetList>('/api/assets');
  const [adding, setAdding] = useState(false);
  const [assigning, setAssigning] = useState<Asset>();
  const [returning, setReturning] = useState<Asset>();
  const [history, setHistory] = useState<string>();
  const manage = can('people:manage');
  const changed = () => {
    setAdding(false);
    setAssigning(undefined);
    setReturning(undefined);
    list.reload();
  };

  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Assets</Title>
          <Text c="dimmed" size="sm" maw={760}>
            The company’s laptops, hardware tokens and badges, and who has each one. An offboarding asks for everything the person still
            holds; every hand-over and return is recorded as evidence.
          </Text>
        </div>
        {manage && <Button onClick={() => setAdding(true)}>Add an asset</Button>}
      </Group>
      {list.error ? (
        <ProblemAlert problem={list.error} />
      ) : !list.data ? (
        <Center p="xl">
          <Loader aria-label="Loading assets" />
        </Center>
      ) : list.data.assets.length === 0 ? (
        <Text c="dimmed">No assets yet.</Text>
      ) : (
        <AssetsTable
          assets={list.data.assets}
          onHistory={(asset) => setHistory(asset.tag)}
          onAssign={manage ? setAssigning : undefined}
          onReturn={manage ? setReturning : undefined}
        />
      )}
      <AddAssetModal opened={adding} onClose={() => setAdding(false)} onAdded={changed} />
      <AssignAssetModal asset={assigning} onClose={() => setAssigning(undefined)} onAssigned={changed} />
      <ReturnAssetModal asset={returning} onClose={() => setReturning(undefined)} onReturned={changed} />
      <AssetHistoryDrawer tag={history} onClose={() => setHistory(undefined)} />
    </Stack>
  );
}
