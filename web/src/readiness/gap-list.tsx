import { Badge, Group, List, Text } from '@mantine/core';
import { sentence } from '../ui/sentence.ts';
import type { Gap } from './readiness-types.ts';

const coreLabels: Record<NonNullable<Gap['core']>, string> = {
  'day-one-policy': 'day-one policy',
  'documented-policies': 'core: policies',
  'onboarding-offboarding': 'core: joiners and leavers',
  'access-reviews': 'core: access reviews',
};

/** The gaps in the guide's order: what is wrong with each control, and the next step. */
export function GapList({ gaps, limit }: { gaps: Gap[]; limit?: number }) {
  if (gaps.length === 0) return <Text size="sm">No gaps: every control is there.</Text>;
  const shown = limit ? gaps.slice(0, limit) : gaps;
  return (
    <List type="ordered" spacing="sm" size="sm" data-testid="gap-list">
      {shown.map((gap) => (
        <List.Item key={gap.controlId}>
          <Group gap={6}>
            <Text size="sm" fw={600}>
              {gap.controlId} {gap.title}
            </Text>
            {gap.core && (
              <Badge size="xs" variant="light" color={gap.core === 'day-one-policy' ? 'red' : 'orange'}>
                {coreLabels[gap.core]}
              </Badge>
            )}
          </Group>
          <Text size="sm">{sentence(gap.problem)}</Text>
          {gap.next && (
            <Text size="sm" c="dimmed">
              → {gap.next}
            </Text>
          )}
        </List.Item>
      ))}
      {limit && gaps.length > limit && (
        <Text size="sm" c="dimmed">
          and {gaps.length - limit} more below.
        </Text>
      )}
    </List>
  );
}
