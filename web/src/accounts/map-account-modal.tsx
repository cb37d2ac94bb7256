import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { PersonList } from '../people/people-types.ts';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import { AccountName } from './account-name.tsx';
import { type Account, systemPath } from './account-types.ts';

export interface MapAccountModalProps {
  systemId: string;
  account: Account | undefined;
  onClose(): void;
  onMapped(account: Account): void;
}

/** Says whose an account is when its email does not; later imports remember it. */
export function MapAccountModal({ systemId, account, onClose, onMapped }: MapAccountModalProps) {
  return (
    <Modal opened={account !== undefined} onClose={onClose} title={<Text fw={600}>Whose account is this?</Text>} centered>
      {account && <MapForm systemId={systemId} account={account} onClose={onClose} onMapped={onMapped} />}
    </Modal>
  );
}

function MapForm({ systemId, account, onClose, onMapped }: { account: Account } & Omit<MapAccountModalProps, 'account'>) {
  const people = useApi<PersonList>('/api/people');
  const [person, setPerson] = useState<string | null>(account.person?.email ?? null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const choices = (people.data?.people ?? []).map((p) => ({ value: p.email, label: `${p.name} <${p.email}>` }));
  const save = (value: string | null) => {
    setBusy(true);
    sendJson<Account>('PUT', `${systemPath(systemId)}/accounts/${encodeURIComponent(account.externalId)}/mapping`, { person: value }).then(onMapped, (failure: ApiProblem) => {
      setProblem(failure);
      setBusy(false);
    });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (person) save(person);
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <div>
          <AccountName account={account} />
        </div>
        <Text size="sm" c="dimmed">
          The mapping is remembered for this system’s later imports and wins over the email, and is recorded as evidence.
        </Text>
        {(problem ?? people.error) && <ProblemAlert problem={(problem ?? people.error)!} title="Nothing was changed" />}
        <Select
          label="Person"
          required
          searchable
          data-autofocus
          placeholder={people.data ? 'Name or email' : 'Loading the directory…'}
          nothingFoundMessage="Nobody in the directory matches"
          data={choices}
          value={person}
          onChange={setPerson}
          comboboxProps={{ withinPortal: true }}
        />
        <Group justify="space-between" mt="xs">
          {account.matchedBy === 'mapping' ? (
            <Button variant="subtle" color="red" onClick={() => save(null)} disabled={busy}>
              Forget the mapping
            </Button>
          ) : (
            <span />
          )}
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy} disabled={!person}>
              Save
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
