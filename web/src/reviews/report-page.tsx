import { Alert, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from '../app/router.tsx';
import { useSession } from '../identity/session-context.tsx';
import { actorName } from '../ui/actor-name.ts';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { ConfirmModal } from '../ui/confirm-modal.tsx';
import { formatDateTime } from '../ui/format-date.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import { ReportSystem } from './report-system.tsx';
import { type ReviewReport, reviewApi, reviewPage } from './review-types.ts';

/** /reviews/:id/report: the review as the auditor reads it, its CSV, and closing it once every system is signed off. */
export function ReportPage({ id }: { id: string }) {
  const { timeZone } = useWorkspace();
  const manage = useSession().can('reviews:manage');
  const report = useApi<ReviewReport>(reviewApi(id, '/report'));
  const [closing, setClosing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const close = () => {
    setBusy(true);
    sendJson('POST', reviewApi(id, '/close')).then(
      () => {
        setClosing(false);
        setBusy(false);
        report.reload();
      },
      (failure: ApiProblem) => {
        setProblem(failure);
        setBusy(false);
      },
    );
  };
  if (report.error) return <ProblemAlert problem={report.error} />;
  if (!report.data) {
    return (
      <Center p="xl">
        <Loader aria-label="Loading the report" />
      </Center>
    );
  }
  const { review, systems } = report.data;
  const allSigned = review.systems.every((s) => s.stage === 'signed-off');
  return (
    <Stack gap="md" maw={1300}>
      <Text size="sm">
        <Link to={reviewPage(id)}>← The {review.quarter} review</Link>
      </Text>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{review.quarter} access review: report</Title>
          <Text size="sm" c="dimmed">
            Started {formatDateTime(review.startedAt, timeZone)} by {actorName(review.startedBy)}
            {review.closedAt ? `. Closed ${formatDateTime(review.closedAt, timeZone)} by ${actorName(review.closedBy ?? '')}.` : '. Open.'}
          </Text>
        </div>
        <Group gap="xs">
          <Button component="a" href={reviewApi(id, '/report.csv')} download variant="default">
            Download CSV
          </Button>
          {manage && review.status === 'open' && (
            <Button onClick={() => setClosing(true)} disabled={!allSigned}>
              Close review
            </Button>
          )}
        </Group>
      </Group>
      {review.status === 'open' && manage && !allSigned && (
        <Alert variant="light" color="gray">
          The review closes once every system is signed off.
        </Alert>
      )}
      {review.status === 'closed' && (
        <Alert variant="light" color="green" title="Closed">
          Each system’s quarterly review obligation is completed with this review as its proof.
        </Alert>
      )}
      {systems.map((part) => (
        <ReportSystem key={part.system.systemId} part={part} />
      ))}
      <ConfirmModal opened={closing} title={`Close the ${review.quarter} review?`} confirmLabel="Close review" busy={busy} problem={problem} onConfirm={close} onClose={() => setClosing(false)}>
        Its decisions, lists and sign-offs become final, and each system’s quarterly access review is recorded as done.
      </ConfirmModal>
    </Stack>
  );
}
