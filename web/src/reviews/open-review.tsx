import { Button, Group } from '@mantine/core';
import { followLink } from '../app/router.tsx';
import { formatDate } from '../ui/format-date.ts';
import { plural } from '../ui/plural.ts';
import { Section } from '../ui/section.tsx';
import { useWorkspace } from '../ui/workspace.tsx';
import { ReviewSystemsTable } from './review-systems-table.tsx';
import { type Review, reportPage } from './review-types.ts';

/** An open review: each system's progress, and the report so far. */
export function OpenReview({ review }: { review: Review }) {
  const { timeZone } = useWorkspace();
  const signed = review.systems.filter((s) => s.stage === 'signed-off').length;
  return (
    <Section
      title={`${review.quarter} review`}
      description={`Started ${formatDate(review.startedAt, timeZone)}. ${signed} of ${plural(review.systems.length, 'system')} signed off. Open a system to review its accounts.`}
      actions={
        <Group gap="xs">
          <Button component="a" href={reportPage(review.id)} variant="default" onClick={(event) => followLink(event, reportPage(review.id))}>
            Report
          </Button>
        </Group>
      }
    >
      <ReviewSystemsTable review={review} />
    </Section>
  );
}
