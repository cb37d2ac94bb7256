import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One part of an import's preview (new, changed, …): its title and count, what happens to it, and its rows; nothing when empty. */
export function ImportPart({ title, count, color, description, children }: { title: string; count: number; color: string; description: string; children: ReactNode }) {
  if (count === 0) return null;
  return (
    <Stack gap={4} component="section" aria-label={title}>
      <Group gap="xs">
        <Title order={4} size="h6">
          {title}
        </Title>
        <Badge size="sm" variant="light" color={color}>
          {count}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {description}
      </Text>
      <Table.ScrollContainer minWidth={520} maxHeight={240}>
        <Table fz="sm" verticalSpacing={4}>
          <Table.Tbody>{children}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
