import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { fieldError, formProblem } from '../ui/field-error.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import { type Asset, assetPath, kindLabels, type PersonList } from './asset-types.ts';

export interface AssignAssetModalProps {
  asset: Asset | undefined;
  onClose(): void;
  onAssigned(asset: Asset): void;
}

/** Hands an asset on the shelf to someone in the directory who has not left. */
export function AssignAssetModal({ asset, onClose, onAssigned }: AssignAssetModalProps) {
  return (
    <Modal opened={asset !== undefined} onClose={onClose} title={<Text fw={600}>Assign {asset?.tag}</Text>} centered>
      {asset && <AssignForm asset={asset} onClose={onClose} onAssigned={onAssigned} />}
    </Modal>
  );
}

function AssignForm({ asset, onClose, onAssigned }: { asset: Asset } & Omit<AssignAssetModalProps, 'asset'>) {
  const people = useApi<PersonList>('/api/people');
  const [person, setPerson] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const choices = (people.data?.people ?? []).filter((p) => p.current.status !== 'departed').map((p) => ({ value: p.email, label: `${p.name} <${p.email}>` }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!person) return;
    setBusy(true);
    sendJson<Asset>('POST', `${assetPath(asset.tag)}/assign`, { person }).then(onAssigned, (failure: ApiProblem) => {
      setProblem(failure);
      setBusy(false);
    });
  };

  const shown = formProblem(problem, ['person']) ?? people.error;
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {kindLabels[asset.kind]}
          {asset.description ? `, ${asset.description}` : ''}. The hand-over is recorded as evidence, and the person’s offboarding will
          ask for it back.
        </Text>
        {shown && <ProblemAlert problem={shown} title="Nothing was assigned" />}
        <Select
          label="Person"
          required
          searchable
          placeholder={people.data ? 'Name or email' : 'Loading the directory…'}
          nothingFoundMessage="Nobody in the directory matches"
          data={choices}
          value={person}
          onChange={setPerson}
          error={fieldError(problem, 'person')}
          comboboxProps={{ withinPortal: true }}
        />
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={busy} disabled={!person}>
            Assign
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
