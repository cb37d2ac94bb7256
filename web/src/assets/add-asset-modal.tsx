import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { fieldError, formProblem } from '../ui/field-error.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { type Asset, type AssetKind, kindLabels } from './asset-types.ts';

export interface AddAssetModalProps {
  opened: boolean;
  onClose(): void;
  onAdded(asset: Asset): void;
}

/** Adds a laptop, hardware token, badge or phone to the register. */
export function AddAssetModal({ opened, onClose, onAdded }: AddAssetModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={600}>Add an asset</Text>} centered>
      {opened && <AddAssetForm onClose={onClose} onAdded={onAdded} />}
    </Modal>
  );
}

function AddAssetForm({ onClose, onAdded }: Omit<AddAssetModalProps, 'opened'>) {
  const [kind, setKind] = useState<AssetKind>('laptop');
  const [tag, setTag] = useState('');
  const [description, setDescription] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    sendJson<Asset>('POST', '/api/assets', { kind, tag, description: description.trim() || null }).then(onAdded, (failure: ApiProblem) => {
      setProblem(failure);
      setBusy(false);
    });
  };

  const shown = formProblem(problem, ['kind', 'tag', 'description']);
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        {shown && <ProblemAlert problem={shown} title="Nothing was added" />}
        <Select
          label="Kind"
          allowDeselect={false}
          data={Object.entries(kindLabels).map(([value, label]) => ({ value, label }))}
          value={kind}
          onChange={(value) => value && setKind(value as AssetKind)}
          error={fieldError(problem, 'kind')}
          comboboxProps={{ withinPortal: true }}
        />
        <TextInput
          label="Asset tag or serial number"
          required
          data-autofocus
          placeholder="BL-0042"
          value={tag}
          onChange={(event) => setTag(event.currentTarget.value)}
          error={fieldError(problem, 'tag')}
        />
        <TextInput
          label="Description"
          placeholder="MacBook Pro 14, M3, 2024"
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          error={fieldError(problem, 'description')}
        />
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            Add the asset
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
