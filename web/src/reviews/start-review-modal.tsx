import { Button, Center, Group, Loader, Modal, Stack, Table, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { SystemList } from '../systems/system-types.ts';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import type { UserList } from '../users/user-types.ts';
import { type Choice, StartReviewRow } from './start-review-row.tsx';
import type { Review, StartReviewBody } from './review-types.ts';

export interface StartReviewModalProps {
  opened: boolean;
  /** Systems already in an open review, which cannot be in a second one. */
  inOpenReview: { systemId: string; quarter: string }[];
  onClose(): void;
  onStarted(review: Review): void;
}

const DECIDING_ROLES = ['owner', 'admin', 'reviewer'];

/** Starts the quarter's review of the systems chosen, each with its reviewer: its owner, or whom the starter names. */
export function StartReviewModal({ opened, inOpenReview, onClose, onStarted }: StartReviewModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={600}>Start the quarter’s access review</Text>} centered size="xl">
      {opened && <StartForm inOpenReview={inOpenReview} onClose={onClose} onStarted={onStarted} />}
    </Modal>
  );
}

function StartForm({ inOpenReview, onClose, onStarted }: Omit<StartReviewModalProps, 'opened'>) {
  const systems = useApi<SystemList>('/api/systems');
  const users = useApi<UserList>('/api/users');
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const deciders = (users.data?.users ?? []).filter((u) => u.status === 'active' && DECIDING_ROLES.includes(u.role));
  const inUse = (systems.data?.systems ?? []).filter((s) => !s.retiredAt);
  const chosen = Object.entries(choices).filter(([, choice]) => choice.included);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: StartReviewBody = { systems: chosen.map(([id]) => id) };
    const reviewers = Object.fromEntries(chosen.filter(([, c]) => c.reviewer && c.reviewer !== c.owner).map(([id, c]) => [id, c.reviewer!]));
    if (Object.keys(reviewers).length > 0) body.reviewers = reviewers;
    setBusy(true);
    sendJson<Review>('POST', '/api/reviews', body).then(onStarted, (failure: ApiProblem) => {
      setProblem(failure);
      setBusy(false);
    });
  };

  const loadProblem = systems.error ?? users.error;
  const missingReviewer = chosen.some(([, c]) => !c.reviewer);
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Each system’s list in force is frozen as the list before, and its accounts go to its reviewer: the system’s owner when they are a
          Groundwork user who can decide, or whom you choose. Nobody decides their own account; an admin does.
        </Text>
        {loadProblem ? (
          <ProblemAlert problem={loadProblem} />
        ) : !systems.data || !users.data ? (
          <Center p="lg">
            <Loader aria-label="Loading the systems" />
          </Center>
        ) : (
          <Table verticalSpacing="xs" aria-label="Systems to review">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40} />
                <Table.Th>System</Table.Th>
                <Table.Th>List before</Table.Th>
                <Table.Th w={300}>Reviewer</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {inUse.map((system) => (
                <StartReviewRow
                  key={system.id}
                  system={system}
                  deciders={deciders}
                  openIn={inOpenReview.find((o) => o.systemId === system.id)?.quarter}
                  choice={choices[system.id]}
                  onChange={(choice) => setChoices((current) => ({ ...current, [system.id]: choice }))}
                />
              ))}
            </Table.Tbody>
          </Table>
        )}
        {problem && <ProblemAlert problem={problem} />}
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={busy} disabled={chosen.length === 0 || missingReviewer}>
            {chosen.length === 0 ? 'Choose the systems' : `Start the review of ${chosen.length} system${chosen.length === 1 ? '' : 's'}`}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
