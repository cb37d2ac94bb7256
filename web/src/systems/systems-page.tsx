import { Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useSession } from '../identity/session-context.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import { RetireSystemModal } from './retire-system-modal.tsx';
import { SystemFormModal } from './system-form-modal.tsx';
import type { System, SystemList } from './system-types.ts';
import { SystemsTable } from './systems-table.tsx';

/** /systems: the inventory the checklists and access reviews work from; owners and admins keep it. */
export function SystemsPage() {
  const { can } = useSession();
  const list = useApi<SystemList>('/api/systems');
  const [editing, setEditing] = useState<{ system: System | undefined }>();
  const [retiring, setRetiring] = useState<System>();
  const manage = can('systems:manage');
  const saved = () => {
    setEditing(undefined);
    setRetiring(undefined);
    list.reload();
  };

  return (
    <Stack gap="md" maw={1200}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Systems</Title>
          <Text c="dimmed" size="sm" maw={760}>
            Every system the company uses: who owns it, the class of data it holds, and how people sign in. Onboarding gives access to
            these, offboarding takes it away, and each change here is recorded as evidence.
          </Text>
        </div>
        {manage && <Button onClick={() => setEditing({ system: undefined })}>Add a system</Button>}
      </Group>
      {list.error ? (
        <ProblemAlert problem={list.error} />
      ) : !list.data ? (
        <Center p="xl">
          <Loader aria-label="Loading systems" />
        </Center>
      ) : list.data.systems.length === 0 ? (
        <Text c="dimmed">No systems yet.{manage && ' Start with the ones that hold customer data: your cloud provider, code, production database and email.'}</Text>
      ) : (
        <SystemsTable systems={list.data.systems} onEdit={manage ? (system) => setEditing({ system }) : undefined} onRetire={manage ? setRetiring : undefined} />
      )}
      {!manage && (
        <Text size="sm" c="dimmed">
          Your role can see the inventory but not change it.
        </Text>
      )}
      <SystemFormModal opened={editing !== undefined} system={editing?.system} onClose={() => setEditing(undefined)} onSaved={saved} />
      <RetireSystemModal system={retiring} onClose={() => setRetiring(undefined)} onRetired={saved} />
    </Stack>
  );
}
