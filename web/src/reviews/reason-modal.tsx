import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import type { ApiProblem } from '../ui/api.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { type Decision, decisionLabels } from './review-types.ts';

/** A decision waiting for its reason: what it is, on which accounts, and why a reason is needed. */
export interface PendingDecision {
  decision: Decision;
  /** "Old Contractor", "3 selected accounts". */
  what: string;
  /** Why the reason is asked for: the flags, or "say what changes". */
  context: ReactNode;
  /** Whether the decision can go without one (a revoke of several, say). */
  optional?: boolean;
  submit(reason: string): Promise<void>;
}

const prompts: Record<Decision, { label: string; placeholder: string }> = {
  keep: { label: 'Why does it stay?', placeholder: 'Founder; admin by role. Reviewed MFA with them on 2026-12-01' },
  revoke: { label: 'Why is it revoked? (optional)', placeholder: 'Contract ended in October' },
  change: { label: 'What changes?', placeholder: 'Remove admin; read-only is enough' },
};

/** Asks for a decision's reason; Enter records it, shift+Enter starts a new line, Escape cancels. */
export function ReasonModal({ pending, onClose }: { pending: PendingDecision | undefined; onClose(): void }) {
  return (
    <Modal
      opened={pending !== undefined}
      onClose={onClose}
      title={<Text fw={600}>{pending && `${decisionLabels[pending.decision].label} ${pending.what}`}</Text>}
      centered
      size="lg"
    >
      {pending && <ReasonForm pending={pending} onClose={onClose} />}
    </Modal>
  );
}

function ReasonForm({ pending, onClose }: { pending: PendingDecision; onClose(): void }) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const ready = pending.optional || reason.trim() !== '';
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!ready || busy) return;
    setBusy(true);
    pending.submit(reason).then(onClose, (failure: ApiProblem) => {
      setProblem(failure);
      setBusy(false);
    });
  };
  const prompt = prompts[pending.decision];
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <div>{pending.context}</div>
        <Textarea
          label={prompt.label}
          placeholder={prompt.placeholder}
          required={!pending.optional}
          autosize
          minRows={2}
          maxLength={1000}
          data-autofocus
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault();
              submit();
            }
          }}
        />
        {problem && <ProblemAlert problem={problem} title="Not decided" />}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            Enter records it · shift+Enter for a new line · Esc cancels
          </Text>
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color={decisionLabels[pending.decision].color} loading={busy} disabled={!ready}>
              {decisionLabels[pending.decision].label}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
