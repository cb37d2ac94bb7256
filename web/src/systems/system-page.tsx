import { Badge, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { AccountsSection } from '../accounts/accounts-section.tsx';
import type { FormatList, SnapshotList } from '../accounts/account-types.ts';
import { SnapshotHistory } from '../accounts/snapshot-history.tsx';
import { Link } from '../app/router.tsx';
import { useSession } from '../identity/session-context.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import { SystemDetails } from './system-details.tsx';
import { SystemFormModal } from './system-form-modal.tsx';
import { classificationLabels, type System } from './system-types.ts';

const apiPath = (id: string) => `/api/systems/${encodeURIComponent(id)}`;

/** /systems/:id: the system, its accounts in the list in force with their flags, and every list imported. */
export function SystemPage({ id }: { id: string }) {
  const system = useApi<System>(apiPath(id));
  const snapshots = useApi<SnapshotList>(`${apiPath(id)}/snapshots`);
  const formats = useApi<FormatList>('/api/account-formats');
  const manage = useSession().can('systems:manage');
  const [editing, setEditing] = useState(false);
  const formatLabel = (format: string) => formats.data?.formats.find((f) => f.id === format)?.label ?? format;
  const s = system.data;
  return (
    <Stack gap="md" maw={1300}>
      <Text size="sm">
        <Link to="/systems">← All systems</Link>
      </Text>
      {system.error ? (
        <ProblemAlert problem={system.error} />
      ) : !s ? (
        <Center p="xl">
          <Loader aria-label="Loading the system" />
        </Center>
      ) : (
        <>
          <Group justify="space-between" align="flex-start">
            <div>
              <Group gap="sm">
                <Title order={2}>{s.name}</Title>
                <Badge variant="light" color={classificationLabels[s.classification].color}>
                  {classificationLabels[s.classification].label}
                </Badge>
                {s.retiredAt && (
                  <Badge variant="light" color="gray">
                    Retired
                  </Badge>
                )}
              </Group>
              <Text size="sm" c="dimmed">
                {s.id} · owned by {s.owner}
              </Text>
            </div>
            {manage && !s.retiredAt && (
              <Button variant="default" onClick={() => setEditing(true)}>
                Edit
              </Button>
            )}
          </Group>
          <SystemDetails system={s} />
          {snapshots.error ? (
            <ProblemAlert problem={snapshots.error} />
          ) : !snapshots.data ? (
            <Center p="xl">
              <Loader aria-label="Loading the imported lists" />
            </Center>
          ) : (
            <>
              <AccountsSection system={s} inForce={snapshots.data.snapshots[0]} formatLabel={formatLabel} onImported={snapshots.reload} />
              <SnapshotHistory snapshots={snapshots.data.snapshots} formatLabel={formatLabel} />
            </>
          )}
          <SystemFormModal
            opened={editing}
            system={s}
            onClose={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              system.reload();
            }}
          />
        </>
      )}
    </Stack>
  );
}
