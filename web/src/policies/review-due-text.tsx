import { Text } from '@mantine/core';
import type { PolicySummary } from './policy-types.ts';

/**
 * When the yearly review falls due, in red once it is past due or was missed. An open review is
 * one whose window has started: it is late only once `overdueDays` is set.
 */
export function ReviewDueText({ review }: { review: PolicySummary['review'] }) {
  if (!review) return <Text size="sm">—</Text>;
  if (review.status === 'missed' || review.overdueDays !== null) {
    return (
      <Text size="sm" c="red" fw={500} data-review-overdue>
        {review.status === 'missed' ? `missed (due ${review.dueOn})` : `overdue by ${review.overdueDays} days (due ${review.dueOn})`}
      </Text>
    );
  }
  return <Text size="sm">due {review.dueOn}</Text>;
}
