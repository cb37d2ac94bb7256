import { Alert, Anchor, Button, Center, EmptyState, Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { followLink, navigate, useLocation } from '../app/router.tsx';
import { useSession } from '../identity/session-context.tsx';
import { apiPath } from '../ui/api.ts';
import { plural } from '../ui/plural.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import { ImportModal } from './import-modal.tsx';
import { PeopleTable } from './people-table.tsx';
import { type EngagementStatus, type ImportPreview, type PersonList, personPage } from './people-types.ts';
import { PersonFormModal } from './person-form-modal.tsx';
import { ReductionInForceModal } from './reduction-in-force-modal.tsx';

const filters: { value: EngagementStatus | ''; label: string }[] = [
  { value: '', label: 'Everyone' },
  { value: 'pre-hire', label: 'Pre-hire' },
  { value: 'active', label: 'Active' },
  { value: 'offboarding', label: 'Offboarding' },
  { value: 'departed', label: 'Departed' },
];

/** /people: the directory, with where each person's onboarding or offboarding stands. */
export function PeoplePage() {
  const manage = useSession().can('people:manage');
  const { search } = useLocation();
  const status = (new URLSearchParams(search).get('status') ?? '') as EngagementStatus | '';
  const list = useApi<PersonList>(apiPath('/api/people', { status }));
  // The reduction in force offers everyone active, whatever the filter shows.
  const everyone = useApi<PersonList>(manage && status ? '/api/people' : null);
  const [modal, setModal] = useState<'add' | 'import' | 'rif'>();
  const [notice, setNotice] = useState<string>();
  const close = () => setModal(undefined);
  const changed = (message: string) => {
    close();
    setNotice(message);
    list.reload();
    everyone.reload();
  };
  const imported = (result: ImportPreview) =>
    changed(`Imported ${result.fileName}: ${plural(result.new.length, 'person', 'people')} added, ${result.changed.length} changed, ${result.returning.length} returning.`);

  return (
    <Stack gap="md" maw={1300}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>People</Title>
          <Text c="dimmed" size="sm" maw={560}>
            Everyone who gets access — employees, contractors, freelancers — each onboarded and offboarded with the same checklist, every time.
          </Text>
        </div>
        <Group gap="xs">
          {manage && (
            <>
              <Button variant="default" onClick={() => setModal('rif')}>
                Reduction in force
              </Button>
              <Button variant="default" onClick={() => setModal('import')}>
                Import from HR
              </Button>
              <Button onClick={() => setModal('add')}>Add person</Button>
            </>
          )}
        </Group>
      </Group>
      {notice && (
        <Alert color="green" variant="light" withCloseButton onClose={() => setNotice(undefined)}>
          {notice}
        </Alert>
      )}
      <Group justify="space-between">
        <SegmentedControl
          aria-label="Show"
          data={filters}
          value={status}
          onChange={(value) => navigate(`/people${value ? `?status=${value}` : ''}`, { replace: true })}
        />
        <Group gap="lg">
          <Anchor href="/people/evidence" size="sm" onClick={(event) => followLink(event, '/people/evidence')}>
            Audit evidence: hires and leavers
          </Anchor>
          <Anchor href="/people/checklists" size="sm" onClick={(event) => followLink(event, '/people/checklists')}>
            {manage ? 'Edit the checklists' : 'The checklists'}
          </Anchor>
        </Group>
      </Group>
      {list.error ? (
        <ProblemAlert problem={list.error} />
      ) : !list.data ? (
        <Center p="xl">
          <Loader aria-label="Loading people" />
        </Center>
      ) : list.data.people.length === 0 ? (
        <EmptyState
          mt="lg"
          title={status ? `Nobody is ${filters.find((f) => f.value === status)?.label.toLowerCase()}` : 'Nobody in the directory yet'}
          description={
            status
              ? 'Choose Everyone to see the whole directory.'
              : manage
                ? 'Add the people who have access, one by one or from your HR system’s export. Add yourself first: you are the manager of the first hires.'
                : 'An owner or admin adds people here.'
          }
        />
      ) : (
        <PeopleTable people={list.data.people} />
      )}
      <PersonFormModal form={modal === 'add' ? { mode: 'add' } : undefined} onClose={close} onSaved={(person) => navigate(personPage(person.id))} />
      <ImportModal opened={modal === 'import'} onClose={close} onImported={imported} />
      <ReductionInForceModal
        opened={modal === 'rif'}
        people={(status ? everyone.data : list.data)?.people ?? []}
        onClose={close}
        onDone={(count) => changed(`Started ${plural(count, 'offboarding')} with one cut-off time. Each person’s page shows their checklist.`)}
      />
    </Stack>
  );
}
