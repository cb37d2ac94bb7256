import { Badge, Tooltip } from '@mantine/core';
import { formatDate } from '../ui/format-date.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import type { Engagement, EngagementStatus } from './people-types.ts';

const statuses: Record<EngagementStatus, { label: string; color: string }> = {
  'pre-hire': { label: 'Pre-hire', color: 'blue' },
  active: { label: 'Active', color: 'green' },
  offboarding: { label: 'Offboarding', color: 'orange' },
  departed: { label: 'Departed', color: 'gray' },
};

/** Why the engagement has its status, from the dates and checklists the server computed it from. */
export function statusReason(engagement: Engagement, timeZone: string): string {
  const { offboarding } = engagement;
  switch (engagement.status) {
    case 'pre-hire':
      return `starts on ${engagement.startOn}`;
    case 'active':
      return engagement.endOn ? `since ${engagement.startOn}, until ${engagement.endOn}` : `since ${engagement.startOn}`;
    case 'offboarding':
      return `access ends ${formatDate(offboarding!.terminatesAt, timeZone)}`;
    case 'departed':
      return offboarding ? `left ${formatDate(offboarding.terminatesAt, timeZone)}; offboarding complete` : 'left';
  }
}

/** An engagement's status, with its reason on hover. */
export function StatusBadge({ engagement }: { engagement: Engagement }) {
  const { timeZone } = useWorkspace();
  const shown = statuses[engagement.status];
  return (
    <Tooltip label={statusReason(engagement, timeZone)}>
      <Badge variant="light" color={shown.color}>
        {shown.label}
      </Badge>
    </Tooltip>
  );
}

/** The server's "past end date" flag: still active after the end date, so the offboarding is overdue. */
export function PastEndDateBadge({ engagement }: { engagement: Engagement }) {
  if (!engagement.pastEndDate) return null;
  return (
    <Tooltip label={`The engagement ended on ${engagement.endOn} but nobody has started the offboarding: start it today.`} multiline w={260}>
      <Badge variant="filled" color="red">
        Past end date
      </Badge>
    </Tooltip>
  );
}
