import { Badge, Tooltip } from '@mantine/core';
import { plural } from '../ui/plural.ts';
import { type AuditRequest, daysBetween, statusLabels } from './audit-types.ts';

/** When a date is, from today: "in 3 days", "today", "2 days ago". */
export function fromToday(date: string, today: string): string {
  const days = daysBetween(today, date);
  return days === 0 ? 'today' : days > 0 ? `in ${plural(days, 'day')}` : `${plural(-days, 'day')} ago`;
}

/** Why a request has its status: computed from its answers and its due date, against today in the workspace. */
export function statusReason(request: AuditRequest, today: string): string {
  if (request.status === 'answered') return `${plural(request.answers, 'answer')} linked`;
  if (request.status === 'overdue') return `was due ${fromToday(request.dueOn, today)}; nothing is linked yet`;
  return `due ${fromToday(request.dueOn, today)}`;
}

export function RequestStatusBadge({ request, today }: { request: AuditRequest; today: string }) {
  const { label, color } = statusLabels[request.status];
  return (
    <Tooltip label={statusReason(request, today)} withArrow>
      <Badge variant="light" color={color} tabIndex={0} data-status={request.status}>
        {label}
      </Badge>
    </Tooltip>
  );
}
