import { Badge, Group, Text } from '@mantine/core';
import type { Deadline } from './people-types.ts';

const days = (n: number | undefined) => `${n ?? 0} ${n === 1 ? 'day' : 'days'}`;

function shown(deadline: Deadline): { label: string; color: string } {
  switch (deadline.status) {
    case 'on_time':
      return { label: 'All access removed on the day', color: 'green' };
    case 'late':
      return { label: `Access removed ${days(deadline.lateDays)} late`, color: 'red' };
    case 'missed':
      return { label: 'Missed: access never recorded as removed', color: 'red' };
    case 'open':
      return deadline.overdueDays ? { label: `Access still open, ${days(deadline.overdueDays)} overdue`, color: 'red' } : { label: 'Open', color: 'orange' };
    case 'upcoming':
      return { label: 'Upcoming', color: 'blue' };
  }
}

/** The same-day revocation deadline of an offboarding, as the cadence engine counts it. */
export function DeadlineBadge({ deadline, timeZone }: { deadline: Deadline; timeZone: string }) {
  const { label, color } = shown(deadline);
  return (
    <Group gap="xs" data-testid="deadline">
      <Badge color={color} variant={color === 'red' ? 'filled' : 'light'}>
        {label}
      </Badge>
      <Text size="sm" c="dimmed">
        Every access item is due by the end of {deadline.dueOn} ({timeZone}).
      </Text>
    </Group>
  );
}
