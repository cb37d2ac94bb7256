import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { type Asset, assetPath } from './asset-types.ts';

export interface ReturnAssetModalProps {
  asset: Asset | undefined;
  onClose(): void;
  onReturned(asset: Asset): void;
}

/** Records that an asset came back, with the state it came back in. */
export function ReturnAssetModal({ asset, onClose, onReturned }: ReturnAssetModalProps) {
  return (
    <Modal opened={asset !== undefined} onClose={onClose} title={<Text fw={600}>Return {asset?.tag}</Text>} centered>
      {asset?.holder && <ReturnForm asset={asset} holder={asset.holder} onClose={onClose} onReturned={onReturned} />}
    </Modal>
  );
}

function ReturnForm({ asset, holder, onClose, onReturned }: { asset: Asset; holder: NonNullable<Asset['holder']> } & Omit<ReturnAssetModalProps, 'asset'>) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const confirm = () => {
    setBusy(true);
    sendJson<Asset>('POST', `${assetPath(asset.tag)}/return`, { note: note.trim() || null }).then(onReturned, (failure: ApiProblem) => {
      setProblem(failure);
      setBusy(false);
    });
  };
  return (
    <Stack gap="md">
      <Text size="sm">
        {holder.name} ({holder.email}) gave it back today. It goes back on the shelf, and the return is recorded as evidence.
      </Text>
      <Textarea
        label="Note"
        description="The state it came back in"
        autosize
        minRows={2}
        maxLength={500}
        placeholder="Wiped and re-imaged by IT"
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
      {problem && <ProblemAlert problem={problem} title="Nothing was changed" />}
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button loading={busy} onClick={confirm}>
          Record the return
        </Button>
      </Group>
    </Stack>
  );
}
