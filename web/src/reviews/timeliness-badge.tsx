import { Badge } from '@mantine/core';
import type { ReportSystem } from './review-types.ts';

const looks = {
  on_time: { label: 'On time', color: 'green' },
  late: { label: 'Late', color: 'orange' },
  missed: { label: 'Missed', color: 'red' },
  open: { label: 'Due', color: 'blue' },
  upcoming: { label: 'Due', color: 'gray' },
} as const;

/** Whether the quarter's review of a system ran on time, as the cadence engine judged it from the due date. */
export function TimelinessBadge({ occurrence }: { occurrence: ReportSystem['occurrence'] }) {
  if (!occurrence) {
    return (
      <Badge variant="light" color="gray" tt="none">
        No quarterly obligation
      </Badge>
    );
  }
  const { label, color } = looks[occurrence.status];
  return (
    <Badge variant="light" color={color} data-timeliness={occurrence.status} tt="none">
      {occurrence.status === 'open' || occurrence.status === 'upcoming' ? `${label} ${occurrence.dueOn}` : `${label} (due ${occurrence.dueOn})`}
    </Badge>
  );
}
