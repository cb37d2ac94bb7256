import { Progress, Stack, Text } from '@mantine/core';
import type { Engagement } from './people-types.ts';

/** "Onboarding 7 of 11": the engagement's open checklist, or the last one it finished. */
export function ChecklistProgress({ engagement }: { engagement: Engagement }) {
  const [label, progress] = engagement.offboarding ? ['Offboarding', engagement.offboarding] : engagement.onboarding ? ['Onboarding', engagement.onboarding] : [];
  if (!progress) {
    return (
      <Text size="sm" c="dimmed">
        {engagement.status === 'departed' ? '—' : engagement.status === 'pre-hire' ? 'Onboarding not started' : 'No onboarding recorded'}
      </Text>
    );
  }
  const complete = progress.done === progress.total;
  return (
    <Stack gap={4} miw={120}>
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {label} {progress.done} of {progress.total}
      </Text>
      <Progress size="sm" value={(100 * progress.done) / Math.max(progress.total, 1)} color={complete ? 'green' : label === 'Offboarding' ? 'orange' : 'blue'} aria-hidden />
    </Stack>
  );
}
