import { Badge, Group, Text, Tooltip } from '@mantine/core';
import type { AuditRequest } from './audit-types.ts';

/** The request's control reference as the list writes it, and the controls and criteria Groundwork recognised in it. */
export function ControlBadges({ control }: { control: AuditRequest['control'] }) {
  if (!control) return <Text size="sm" c="dimmed">—</Text>;
  const named = [...control.controls, ...control.criteria];
  if (named.length === 0) return <Text size="sm">{control.text}</Text>;
  return (
    <Group gap={4}>
      {named.map((item) => (
        <Tooltip key={item.id} label={item.title} withArrow>
          <Badge variant="outline" color="gray" tt="none" tabIndex={0}>
            {item.id}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}
