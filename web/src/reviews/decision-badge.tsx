import { Badge, Tooltip } from '@mantine/core';
import { type Decision, decisionLabels } from './review-types.ts';

/** A decision, with its reason and who made it on hover. */
export function DecisionBadge({ decision, reason, decidedBy }: { decision: Decision | null; reason: string | null; decidedBy: string | null }) {
  if (!decision) {
    return (
      <Badge variant="outline" color="gray" size="sm">
        Undecided
      </Badge>
    );
  }
  const badge = (
    <Badge variant="filled" color={decisionLabels[decision].color} size="sm" data-decision={decision}>
      {decisionLabels[decision].label}
    </Badge>
  );
  return decidedBy ? (
    <Tooltip label={`${reason ? `${reason} · ` : ''}by ${decidedBy}`} withArrow multiline maw={320}>
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}
