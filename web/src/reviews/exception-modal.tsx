import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { type RemediationItem, systemApi } from './review-types.ts';

export interface ExceptionModalProps {
  reviewId: string;
  systemId: string;
  item: RemediationItem | undefined;
  onClose(): void;
  onRecorded(): void;
}

/** Accepts that a revocation or change did not happen, with the reason the review keeps. */
export function ExceptionModal({ reviewId, systemId, item, onClose, onRecorded }: ExceptionModalProps) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const close = () => {
    setReason('');
    setProblem(undefined);
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!item) return;
    setBusy(true);
    sendJson('POST', systemApi(reviewId, systemId, '/exceptions'), { externalId: item.externalId, reason: reason.trim() })
      .then(() => {
        setReason('');
        setProblem(undefined);
        onRecorded();
      }, setProblem)
      .finally(() => setBusy(false));
  };
  return (
    <Modal opened={item !== undefined} onClose={close} title={<Text fw={600}>Record an exception for {item?.externalId}</Text>} centered>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            The {item?.decision === 'revoke' ? 'revocation' : 'change'} did not happen. The remaining access is recorded as an exception
            with your reason, and the system can be signed off.
          </Text>
          <Textarea
            label="Why does the access remain?"
            required
            autosize
            minRows={2}
            maxLength={1000}
            data-autofocus
            placeholder="The vendor cannot remove the last owner; ticket 4411"
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          {problem && <ProblemAlert problem={problem} title="Nothing was recorded" />}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" color="grape" loading={busy} disabled={!reason.trim()}>
              Record the exception
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
