import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import type { PolicyDetail, PolicySummary } from './policy-types.ts';
import type { PolicyStep } from './use-policy-step.ts';

/** What each step's modal (approve, publish, review, retire) is given. */
export interface PolicyStepModalProps {
  opened: boolean;
  policy: PolicyDetail;
  onClose(): void;
  onDone(policy: PolicySummary): void;
}

export interface StepModalProps {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  color?: string;
  /** False while the form is incomplete. */
  ready?: boolean;
  step: PolicyStep;
  onConfirm(): void;
  onClose(): void;
}

/** Asks before a lifecycle step, says what it records, and shows the API's refusal if there is one. */
export function StepModal({ opened, title, children, confirmLabel, color, ready = true, step, onConfirm, onClose }: StepModalProps) {
  const close = () => {
    step.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={<Text fw={600}>{title}</Text>} centered size="lg">
      <Stack gap="md">
        {children}
        {step.problem && <ProblemAlert problem={step.problem} title="Nothing was changed" />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close}>
            {step.problem?.code === 'conflict' ? 'Close and show the newest' : 'Cancel'}
          </Button>
          <Button color={color} loading={step.busy} disabled={!ready} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
