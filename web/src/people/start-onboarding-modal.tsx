import { Button, Center, Checkbox, Group, Loader, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link } from '../app/router.tsx';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import { type Checklist, type OnboardingBody, type PersonDetail, personKindPlurals, personUrl, type SystemList } from './people-types.ts';

type System = SystemList['systems'][number];

export function StartOnboardingModal({ person, onClose, onStarted }: { person: PersonDetail | undefined; onClose(): void; onStarted(checklist: Checklist): void }) {
  return (
    <Modal opened={person !== undefined} onClose={onClose} title={<Text fw={600}>Start {person?.name}’s onboarding</Text>} centered size="lg">
      {person && <OnboardingForm person={person} onClose={onClose} onStarted={onStarted} />}
    </Modal>
  );
}

/** The default POST /api/people/:id/onboarding documents: employees and interns get each in-scope system with a default role; time-bounded people start with none. */
const ticksAllDefaults = (person: PersonDetail) => person.current.kind === 'employee' || person.current.kind === 'intern';

function OnboardingForm({ person, onClose, onStarted }: { person: PersonDetail; onClose(): void; onStarted(checklist: Checklist): void }) {
  const systems = useApi<SystemList>('/api/systems');
  if (systems.error) return <ProblemAlert problem={systems.error} />;
  if (!systems.data)
    return (
      <Center p="lg">
        <Loader aria-label="Loading the systems" />
      </Center>
    );
  return <SystemsForm person={person} systems={systems.data.systems.filter((s) => !s.retiredAt)} onClose={onClose} onStarted={onStarted} />;
}

function SystemsForm({ person, systems, onClose, onStarted }: { person: PersonDetail; systems: System[]; onClose(): void; onStarted(checklist: Checklist): void }) {
  const [chosen, setChosen] = useState<Record<string, string | undefined>>(() =>
    Object.fromEntries(systems.filter((s) => ticksAllDefaults(person) && s.inScope && s.defaultRole).map((s) => [s.id, s.defaultRole ?? ''])),
  );
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const picked = systems.filter((s) => chosen[s.id] !== undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    const body: OnboardingBody = { systems: picked.map((s) => ({ system: s.id, ...(chosen[s.id]?.trim() ? { role: chosen[s.id]!.trim() } : {}) })) };
    sendJson<Checklist>('POST', personUrl(person.id, '/onboarding'), body).then(onStarted, (failure: ApiProblem) => {
      setProblem(failure);
      setBusy(false);
    });
  };
  const toggle = (system: System, on: boolean) => setChosen((current) => ({ ...current, [system.id]: on ? (system.defaultRole ?? '') : undefined }));

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          The checklist for {personKindPlurals[person.current.kind]} starts now, plus one “create the account” item per system
          you tick, with the least-privilege role to give.{' '}
          {ticksAllDefaults(person)
            ? 'Every in-scope system with a default role is ticked; untick what this role does not need.'
            : 'Nothing is ticked: a time-bounded engagement gets only the systems its scope needs, each expiring on the end date.'}
        </Text>
        {problem && <ProblemAlert problem={problem} title="The onboarding was not started" />}
        {systems.length === 0 ? (
          <Text size="sm">
            No systems in the inventory yet, so the checklist has no account items. Add them on the <Link to="/systems">Systems</Link> page first if you can.
          </Text>
        ) : (
          <Table verticalSpacing={6} aria-label="Systems">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>System</Table.Th>
                <Table.Th w={220}>Role</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {systems.map((system) => (
                <Table.Tr key={system.id}>
                  <Table.Td>
                    <Checkbox
                      label={system.name}
                      description={system.inScope ? undefined : 'not in the audit’s scope'}
                      checked={chosen[system.id] !== undefined}
                      onChange={(e) => toggle(system, e.currentTarget.checked)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      aria-label={`Role on ${system.name}`}
                      placeholder={system.defaultRole ?? 'role'}
                      disabled={chosen[system.id] === undefined}
                      value={chosen[system.id] ?? ''}
                      onChange={(e) => {
                        const role = e.currentTarget.value;
                        setChosen((current) => ({ ...current, [system.id]: role }));
                      }}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            {picked.length === 0 ? 'Start onboarding' : `Start onboarding with ${picked.length} ${picked.length === 1 ? 'account' : 'accounts'}`}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
