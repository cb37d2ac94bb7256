import { Text } from '@mantine/core';
import type { PolicySummary } from './policy-types.ts';

/** When the yearly review falls due, in red once it is overdue or was missed. */
export function ReviewDueText({ review }: { review: PolicySummary['review'] }) {
  if (!review) return <Text size="sm">—</Text>;
  if (review.status === 'upcoming') return <Text size="sm">due {review.dueOn}</Text>;
  return (
    <Text size="sm" c="red" fw={500} data-review-overdue>
      {review.status === 'missed' ? `missed (due ${review.dueOn})` : `overdue by ${review.overdueDays ?? 0} days (due ${review.dueOn})`}
    </Text>
  );
}
