import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { formatDateTime } from '../ui/format-date.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { Section } from '../ui/section.tsx';
import { useWorkspace } from '../ui/workspace.tsx';
import { type ReviewSystem, systemApi } from './review-types.ts';

export interface SignOffProps {
  reviewId: string;
  system: ReviewSystem;
  /** Whether the user is the system's reviewer, who signs off. */
  isReviewer: boolean;
  /** False once the review is closed. */
  open: boolean;
  onSignedOff(): void;
}

/** The reviewer's sign-off: offered until done; the API says why when it is too early. */
export function SignOff({ reviewId, system, isReviewer, open, onSignedOff }: SignOffProps) {
  const { timeZone } = useWorkspace();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const signOff = () => {
    setBusy(true);
    sendJson('POST', systemApi(reviewId, system.systemId, '/sign-off')).then(
      () => {
        setProblem(undefined);
        setBusy(false);
        onSignedOff();
      },
      (failure: ApiProblem) => {
        setProblem(failure);
        setBusy(false);
      },
    );
  };
  if (system.signedOffAt) {
    return (
      <Section title="Sign-off">
        <Text size="sm" data-testid="signed-off">
          Signed off by {system.signedOffBy} on {formatDateTime(system.signedOffAt, timeZone)}.
        </Text>
      </Section>
    );
  }
  const ready = system.stage === 'signing-off';
  return (
    <Section
      title="Sign-off"
      description={`${system.reviewer} signs off once every account is decided and the after list confirms every revocation and change, or an exception covers it.`}
    >
      {problem && <ProblemAlert problem={problem} title="Not signed off" />}
      {isReviewer && open ? (
        <Group>
          <Button onClick={signOff} loading={busy} variant={ready ? 'filled' : 'default'}>
            Sign off {system.systemName}
          </Button>
          {!ready && (
            <Text size="sm" c="dimmed">
              Not yet: {system.stage === 'deciding' ? 'accounts are still undecided' : 'revocations or changes are still open'}.
            </Text>
          )}
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {open ? `Waiting for ${system.reviewer}.` : 'The review is closed.'}
        </Text>
      )}
    </Section>
  );
}
