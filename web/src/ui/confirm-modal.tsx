import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ApiProblem } from './api-problem.ts';
import { ProblemAlert } from './problem-alert.tsx';

export interface ConfirmModalProps {
  opened: boolean;
  title: string;
  /** What will happen, in a sentence or two. */
  children: ReactNode;
  confirmLabel: string;
  busy: boolean;
  /** Why the last attempt failed, as the API said. */
  problem: ApiProblem | undefined;
  onConfirm(): void;
  onClose(): void;
}

/** Asks before something that cannot be undone from the page, and shows the API's refusal if there is one. */
export function ConfirmModal({ opened, title, children, confirmLabel, busy, problem, onConfirm, onClose }: ConfirmModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={600}>{title}</Text>} centered>
      <Stack gap="md">
        <Text size="sm">{children}</Text>
        {problem && <ProblemAlert problem={problem} title="Nothing was changed" />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" loading={busy} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
