import { Group, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { formatDate } from '../ui/format-date.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import { type Engagement, personKindLabels } from './people-types.ts';
import { PastEndDateBadge, StatusBadge } from './status-badge.tsx';

/** Every engagement of the person, oldest first: someone who came back has one per stay. */
export function EngagementTimeline({ engagements }: { engagements: Engagement[] }) {
  const { timeZone } = useWorkspace();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Engagements">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {engagements.length === 1 ? 'Engagement' : 'Engagements'}
        </Title>
        <Timeline active={engagements.length - 1} bulletSize={14} lineWidth={2}>
          {engagements.map((engagement, index) => {
            const current = index === engagements.length - 1;
            return (
              <Timeline.Item
                key={engagement.id}
                data-engagement={engagement.id}
                title={
                  <Group gap={6}>
                    <Text size="sm" fw={500}>
                      {personKindLabels[engagement.kind]}
                      {engagement.title ? `, ${engagement.title}` : ''}
                    </Text>
                    <StatusBadge engagement={engagement} />
                    <PastEndDateBadge engagement={engagement} />
                  </Group>
                }
              >
                <Text size="xs" c="dimmed">
                  {engagement.startOn} to {engagement.offboarding ? formatDate(engagement.offboarding.terminatesAt, timeZone) : (engagement.endOn ?? 'no end date')}
                  {engagement.department && ` · ${engagement.department}`}
                </Text>
                <Text size="xs" c="dimmed">
                  Manager: {engagement.manager ? engagement.manager.name : 'nobody'}
                </Text>
                {!current && (
                  <Text size="xs" c="dimmed" fs="italic">
                    Ended; kept as it was, read-only.
                  </Text>
                )}
              </Timeline.Item>
            );
          })}
        </Timeline>
      </Stack>
    </Paper>
  );
}
