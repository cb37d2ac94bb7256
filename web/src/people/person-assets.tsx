import { Paper, Stack, Text, Title } from '@mantine/core';
import { formatDate } from '../ui/format-date.ts';
import { useApi } from '../ui/use-api.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import type { AssetList } from './people-types.ts';

/** The laptops, tokens and badges the person holds now, from the asset register; each is returned at offboarding. */
export function PersonAssets({ personId }: { personId: string }) {
  const { timeZone } = useWorkspace();
  const { data, error } = useApi<AssetList>('/api/assets');
  if (error) return null;
  const held = (data?.assets ?? []).filter((asset) => asset.holder?.personId === personId);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Assets">
      <Stack gap={6}>
        <Title order={3} size="h5">
          Assets held
        </Title>
        {!data ? null : held.length === 0 ? (
          <Text size="sm" c="dimmed">
            None recorded. Assets assigned in the asset register show here, and offboarding asks for each back.
          </Text>
        ) : (
          held.map((asset) => (
            <div key={asset.id}>
              <Text size="sm">
                {asset.kind} {asset.tag}
              </Text>
              <Text size="xs" c="dimmed">
                {asset.description ? `${asset.description} · ` : ''}since {formatDate(asset.holder!.assignedAt, timeZone)}
              </Text>
            </div>
          ))
        )}
      </Stack>
    </Paper>
  );
}
