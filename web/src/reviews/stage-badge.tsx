import { Badge, Tooltip } from '@mantine/core';
import { type ReviewStage, stageLabels } from './review-types.ts';

/** Where a system of a review stands, and what happens next. */
export function StageBadge({ stage }: { stage: ReviewStage }) {
  const { label, color, next } = stageLabels[stage];
  return (
    <Tooltip label={stage === 'signed-off' ? 'Done' : `Next: ${next}`} withArrow>
      <Badge variant="light" color={color} tabIndex={0} data-stage={stage}>
        {label}
      </Badge>
    </Tooltip>
  );
}
