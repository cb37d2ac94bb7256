import { Alert, Button, Center, EmptyState, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { navigate } from '../app/router.tsx';
import { useSession } from '../identity/session-context.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import { OpenReview } from './open-review.tsx';
import { ReviewsTable } from './reviews-table.tsx';
import { type ReviewList, reviewPage } from './review-types.ts';
import { StartReviewModal } from './start-review-modal.tsx';

/** /reviews: the quarterly access reviews, the open one's progress first, and starting the quarter's. */
export function ReviewsPage() {
  const manage = useSession().can('reviews:manage');
  const list = useApi<ReviewList>('/api/reviews');
  const [starting, setStarting] = useState(false);
  const reviews = list.data?.reviews ?? [];
  const open = reviews.filter((review) => review.status === 'open');
  return (
    <Stack gap="lg" maw={1300}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Access reviews</Title>
          <Text c="dimmed" size="sm" maw={760}>
            Every quarter, each system’s owner goes through its accounts and keeps, revokes or changes each one. The list before, every
            decision, the list after and the sign-off are kept as the audit’s evidence.
          </Text>
        </div>
        {manage && <Button onClick={() => setStarting(true)}>Start the quarter’s review</Button>}
      </Group>
      {list.error ? (
        <ProblemAlert problem={list.error} />
      ) : !list.data ? (
        <Center p="xl">
          <Loader aria-label="Loading the reviews" />
        </Center>
      ) : reviews.length === 0 ? (
        <EmptyState
          title="No access review yet"
          description={
            manage
              ? 'Import each system’s account list first (on its page under Systems), then start the quarter’s review and choose the systems it covers.'
              : 'An owner or admin starts the quarter’s review; the systems you review then appear here.'
          }
        />
      ) : (
        <>
          {open.map((review) => (
            <OpenReview key={review.id} review={review} />
          ))}
          {open.length === 0 && (
            <Alert variant="light" color="gray">
              No review is open.{manage && ' Start the quarter’s review when its account lists are imported.'}
            </Alert>
          )}
          <Stack gap="xs">
            <Title order={3} size="h4">
              All reviews
            </Title>
            <ReviewsTable reviews={reviews} />
          </Stack>
        </>
      )}
      <StartReviewModal
        opened={starting}
        inOpenReview={open.flatMap((review) => review.systems.map((s) => ({ systemId: s.systemId, quarter: review.quarter })))}
        onClose={() => setStarting(false)}
        onStarted={(review) => navigate(reviewPage(review.id))}
      />
    </Stack>
  );
}
