import { Button, Center, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from '../app/router.tsx';
import { useSession } from '../identity/session-context.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { type ApiState, useApi } from '../ui/use-api.ts';
import { type ItemToComplete, CompleteItemModal } from './complete-item-modal.tsx';
import { EngagementTimeline } from './engagement-timeline.tsx';
import { type ChecklistList, type PersonDetail, personKindLabels, personUrl } from './people-types.ts';
import { PersonAssets } from './person-assets.tsx';
import { PersonChecklists } from './person-checklists.tsx';
import { type PersonForm, PersonFormModal } from './person-form-modal.tsx';
import { StartOffboardingModal } from './start-offboarding-modal.tsx';
import { StartOnboardingModal } from './start-onboarding-modal.tsx';
import { PastEndDateBadge, StatusBadge } from './status-badge.tsx';

/**
 * /people/:id: who the person is, each of their engagements, and the onboarding and offboarding
 * checklists of each, where items are completed with their proof.
 */
export function PersonPage({ id }: { id: string }) {
  const detail = useApi<PersonDetail>(personUrl(id));
  const checklists = useApi<ChecklistList>(personUrl(id, '/checklists'));
  const person = detail.data;
  const reload = () => {
    detail.reload();
    checklists.reload();
  };
  return (
    <Stack gap="md" maw={1200}>
      <Text size="sm">
        <Link to="/people">← All people</Link>
      </Text>
      {detail.error ? (
        <ProblemAlert problem={detail.error} />
      ) : !person ? (
        <Center p="xl">
          <Loader aria-label="Loading the person" />
        </Center>
      ) : (
        <Person person={person} checklists={checklists} onChanged={reload} />
      )}
    </Stack>
  );
}

function Person({ person, checklists, onChanged }: { person: PersonDetail; checklists: ApiState<ChecklistList>; onChanged(): void }) {
  const manage = useSession().can('people:manage');
  const [modal, setModal] = useState<'onboarding' | 'offboarding'>();
  const [form, setForm] = useState<PersonForm>();
  const [completing, setCompleting] = useState<ItemToComplete>();
  const { current } = person;
  const done = () => {
    setModal(undefined);
    setForm(undefined);
    setCompleting(undefined);
    onChanged();
  };
  return (
    <>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm">
            <Title order={2}>{person.name}</Title>
            <StatusBadge engagement={current} />
            <PastEndDateBadge engagement={current} />
          </Group>
          <Text size="sm" c="dimmed">
            {personKindLabels[current.kind]}
            {current.title && `, ${current.title}`} · {person.email}
            {person.aliases.length > 0 && ` (also ${person.aliases.join(', ')})`}
          </Text>
          <Text size="sm" c="dimmed">
            Their onboarding and offboarding, each item with who confirmed it, when, and the proof.
          </Text>
        </div>
        {manage && (
          <Group gap="xs">
            {current.status === 'departed' ? (
              <Button variant="default" onClick={() => setForm({ mode: 'rehire', person })}>
                Bring back…
              </Button>
            ) : (
              <Button variant="default" onClick={() => setForm({ mode: 'edit', person })}>
                Change details
              </Button>
            )}
            {(current.status === 'pre-hire' || current.status === 'active') && !current.onboarding && <Button onClick={() => setModal('onboarding')}>Start onboarding…</Button>}
            {current.status === 'active' && !current.offboarding && (
              <Button color="red" variant={current.pastEndDate ? 'filled' : 'light'} onClick={() => setModal('offboarding')}>
                Start offboarding…
              </Button>
            )}
          </Group>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <EngagementTimeline engagements={person.engagements} />
        <PersonAssets personId={person.id} />
      </SimpleGrid>
      {checklists.error ? (
        <ProblemAlert problem={checklists.error} />
      ) : !checklists.data ? (
        <Center p="xl">
          <Loader aria-label="Loading the checklists" />
        </Center>
      ) : (
        <PersonChecklists person={person} checklists={checklists.data.checklists} onComplete={setCompleting} />
      )}
      <StartOnboardingModal person={modal === 'onboarding' ? person : undefined} onClose={() => setModal(undefined)} onStarted={done} />
      <StartOffboardingModal person={modal === 'offboarding' ? person : undefined} onClose={() => setModal(undefined)} onStarted={done} />
      <PersonFormModal form={form} onClose={() => setForm(undefined)} onSaved={done} />
      <CompleteItemModal target={completing} onClose={() => setCompleting(undefined)} onDone={done} />
    </>
  );
}
