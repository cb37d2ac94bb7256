import { Center, Loader, Stack, Text, Title } from '@mantine/core';
import { Link } from '../app/router.tsx';
import { actorName } from '../ui/actor-name.ts';
import { formatDate } from '../ui/format-date.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import { ReviewSystemsTable } from './review-systems-table.tsx';
import { type Review, reportPage, reviewApi } from './review-types.ts';

/** /reviews/:id: one review's systems, each with its progress and a way into its review screen. */
export function ReviewPage({ id }: { id: string }) {
  const { timeZone } = useWorkspace();
  const review = useApi<Review>(reviewApi(id));
  const r = review.data;
  return (
    <Stack gap="md" maw={1300}>
      <Text size="sm">
        <Link to="/reviews">← All access reviews</Link>
      </Text>
      {review.error ? (
        <ProblemAlert problem={review.error} />
      ) : !r ? (
        <Center p="xl">
          <Loader aria-label="Loading the review" />
        </Center>
      ) : (
        <>
          <div>
            <Title order={2}>{r.quarter} access review</Title>
            <Text size="sm" c="dimmed">
              Started {formatDate(r.startedAt, timeZone)} by {actorName(r.startedBy)}
              {r.closedAt ? `; closed ${formatDate(r.closedAt, timeZone)} by ${actorName(r.closedBy ?? '')}` : '; open'}. The{' '}
              <Link to={reportPage(r.id)}>report</Link> holds its evidence.
            </Text>
          </div>
          <ReviewSystemsTable review={r} />
        </>
      )}
    </Stack>
  );
}
