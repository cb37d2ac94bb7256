import { Badge, Tooltip } from '@mantine/core';
import type { RemediationItem } from './review-types.ts';

const states: Record<RemediationItem['state'], { label: string; color: string }> = {
  confirmed: { label: 'Confirmed', color: 'green' },
  excepted: { label: 'Exception', color: 'grape' },
  open: { label: 'Open', color: 'orange' },
};

/** Whether the after list shows a revocation or change done, an exception covers it, or it is still open. */
export function RemediationState({ item }: { item: RemediationItem }) {
  const badge = (
    <Badge variant="light" color={states[item.state].color} data-remediation={item.state}>
      {states[item.state].label}
    </Badge>
  );
  return item.exception ? (
    <Tooltip label={`${item.exception.reason} · ${item.exception.by}`} multiline maw={320} withArrow>
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}

/** "suspended; Admin, Billing; privileged" for a state of access; "not on the list" for none. */
export function accessText(state: RemediationItem['after']): string {
  if (!state) return 'not on the list';
  return [state.status, state.roles.join(', ') || 'no roles', state.privileged ? 'privileged' : ''].filter(Boolean).join('; ');
}
