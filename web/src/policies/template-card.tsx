import { Badge, Button, Card, Group, Stack, Text, Tooltip } from '@mantine/core';
import type { TemplateSummary } from './policy-types.ts';

export interface TemplateCardProps {
  template: TemplateSummary;
  onPreview(): void;
  /** Left out for roles that only read. */
  onAdopt?: () => void;
}

/** A template not adopted yet: what it governs, how it is carried out, what proves it. */
export function TemplateCard({ template, onPreview, onAdopt }: TemplateCardProps) {
  return (
    <Card withBorder radius="md" padding="md" data-template={template.id}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600}>{template.title}</Text>
          <Group gap={6} wrap="nowrap">
            <Button size="compact-sm" variant="light" onClick={onPreview}>
              Read
            </Button>
            {onAdopt && (
              <Button size="compact-sm" onClick={onAdopt}>
                Adopt
              </Button>
            )}
          </Group>
        </Group>
        {template.procedure && (
          <Text size="sm">
            <Text span c="dimmed">
              How:{' '}
            </Text>
            {template.procedure}
          </Text>
        )}
        {template.evidence && (
          <Text size="sm" lineClamp={2}>
            <Text span c="dimmed">
              Proof:{' '}
            </Text>
            {template.evidence}
          </Text>
        )}
        <Group gap={4}>
          {template.owner && (
            <Badge variant="light" color="gray">
              owned by {template.owner}
            </Badge>
          )}
          {template.review === 'P1Y' && (
            <Badge variant="light" color="gray">
              reviewed yearly
            </Badge>
          )}
          {template.criteria.map((criterion) => (
            <Tooltip key={criterion.id} label={criterion.title}>
              <Badge variant="outline">{criterion.id}</Badge>
            </Tooltip>
          ))}
        </Group>
      </Stack>
    </Card>
  );
}
