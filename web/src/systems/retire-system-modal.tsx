import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import type { System } from './system-types.ts';

export interface RetireSystemModalProps {
  system: System | undefined;
  onClose(): void;
  onRetired(system: System): void;
}

/** Retires a system the company stopped using, with the reason on the record. */
export function RetireSystemModal({ system, onClose, onRetired }: RetireSystemModalProps) {
  return (
    <Modal opened={system !== undefined} onClose={onClose} title={<Text fw={600}>Retire {system?.name}?</Text>} centered>
      {system && <RetireForm system={system} onClose={onClose} onRetired={onRetired} />}
    </Modal>
  );
}

function RetireForm({ system, onClose, onRetired }: { system: System } & Omit<RetireSystemModalProps, 'system'>) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const retire = () => {
    setBusy(true);
    sendJson<System>('POST', `/api/systems/${encodeURIComponent(system.id)}/retire`, { reason: reason.trim() }).then(onRetired, (failure: ApiProblem) => {
      setProblem(failure);
      setBusy(false);
    });
  };
  return (
    <Stack gap="md">
      <Text size="sm">
        It stays in the inventory for the record, and onboarding and offboarding checklists started from now on leave it out. This
        cannot be undone.
      </Text>
      <Textarea
        label="Why is it retired?"
        required
        autosize
        minRows={2}
        maxLength={500}
        placeholder="Replaced by Linear; the workspace was exported and deleted"
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
      />
      {problem && <ProblemAlert problem={problem} title="Nothing was changed" />}
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button color="red" loading={busy} disabled={!reason.trim()} onClick={retire}>
          Retire the system
        </Button>
      </Group>
    </Stack>
  );
}
