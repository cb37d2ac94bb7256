import { Center, Group, Loader, Progress, Stack, Text, Title } from '@mantine/core';
import { Link } from '../app/router.tsx';
import { useSession } from '../identity/session-context.tsx';
import { systemPage } from '../systems/system-types.ts';
import { formatDateTime } from '../ui/format-date.ts';
import { plural } from '../ui/plural.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import { RemediationPanel } from './remediation-panel.tsx';
import { ReviewWork } from './review-work.tsx';
import { type Review, type ReviewReport, reportPage, reviewApi, reviewPage } from './review-types.ts';
import { SignOff } from './sign-off.tsx';
import { StageBadge } from './stage-badge.tsx';

/**
 * /reviews/:id/systems/:systemId: where a system's reviewer decides each account, follows the
 * remediation the decisions ask for, and signs off.
 */
export function ReviewScreen({ reviewId, systemId }: { reviewId: string; systemId: string }) {
  const { timeZone } = useWorkspace();
  const { user, can } = useSession();
  const review = useApi<Review>(reviewApi(reviewId));
  const system = review.data?.systems.find((s) => s.systemId === systemId);
  const report = useApi<ReviewReport>(system && system.stage !== 'deciding' ? reviewApi(reviewId, '/report') : null);
  const changed = () => {
    review.reload();
    report.reload();
  };
  if (review.error) return <ProblemAlert problem={review.error} />;
  if (!review.data) {
    return (
      <Center p="xl">
        <Loader aria-label="Loading the review" />
      </Center>
    );
  }
  const r = review.data;
  if (!system) return <Text>The {r.quarter} review does not cover the system “{systemId}”.</Text>;
  const open = r.status === 'open' && !system.signedOffAt;
  const isReviewer = user.email === system.reviewer;
  const decides = open && can('reviews:decide') && (isReviewer || can('reviews:manage'));
  const decided = system.decided.keep + system.decided.revoke + system.decided.change;
  return (
    <Stack gap="md" maw={1400}>
      <Text size="sm">
        <Link to={reviewPage(reviewId)}>← The {r.quarter} review</Link> · <Link to={reportPage(reviewId)}>Report</Link>
      </Text>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm">
            <Title order={2}>
              {system.systemName}: {r.quarter} access review
            </Title>
            <StageBadge stage={system.stage} />
          </Group>
          <Text size="sm" c="dimmed">
            Reviewer {system.reviewer} · list before #{system.before.number} as of {formatDateTime(system.before.asOf, timeZone)} (
            <Link to={systemPage(system.systemId)}>{system.systemName}</Link>)
            {system.dueOn && ` · due ${system.dueOn}`}
          </Text>
        </div>
        <div style={{ minWidth: 260 }}>
          <Text size="sm" ta="right">
            {decided} of {plural(system.items, 'account')} decided
          </Text>
          <Progress value={system.items === 0 ? 100 : (100 * decided) / system.items} color={decided === system.items ? 'green' : 'blue'} mt={4} aria-label="Decided" />
          <Text size="xs" c="dimmed" ta="right" mt={4}>
            {system.decided.keep} keep · {system.decided.revoke} revoke · {system.decided.change} change
          </Text>
        </div>
      </Group>
      {!decides && open && (
        <Text size="sm" c="dimmed">
          {system.reviewer} decides these accounts; you can follow along.
        </Text>
      )}
      <ReviewWork reviewId={reviewId} system={system} me={user.email} decides={decides} onDecided={changed} />
      {system.stage !== 'deciding' && <RemediationPanel reviewId={reviewId} system={system} report={report} canExcept={decides} onChanged={changed} />}
      <SignOff reviewId={reviewId} system={system} isReviewer={isReviewer} open={r.status === 'open'} onSignedOff={changed} />
    </Stack>
  );
}
