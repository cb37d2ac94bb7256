import { Group, Kbd, Text } from '@mantine/core';
import { reviewKeys } from './review-keys.ts';

/** The keys of the review screen, always in view. */
export function KeysLegend() {
  return (
    <Group gap="md" aria-label="Keyboard shortcuts" role="note" data-testid="keys-legend">
      {reviewKeys.map(({ keys, does }) => (
        <Group key={does} gap={4} wrap="nowrap">
          {keys.map((key) => (
            <Kbd key={key} size="xs">
              {key}
            </Kbd>
          ))}
          <Text size="xs" c="dimmed">
            {does}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
