import { Badge, Button, Card, Center, Group, Loader, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import type { TemplateList, TemplateSummary } from './policy-types.ts';
import { TemplatePreview } from './template-preview.tsx';

/**
 * /policies: for now, the templates a company starts from, grouped as the guide advises: the
 * day-one five first. Adopting, approving, reviewing and acknowledging come next.
 */
export function PoliciesPage() {
  const list = useApi<TemplateList>('/api/policy-templates');
  const [previewing, setPreviewing] = useState<string>();
  const templates = list.data?.templates ?? [];
  const groups: [string, string, TemplateSummary[]][] = [
    ['Day one', 'Write and approve these first: they govern the decisions you make from the first hire.', templates.filter((t) => t.tier === 'day-one')],
    ['Later', 'Add these as the work they describe comes into focus; all fifteen should be approved by the time the audit window opens.', templates.filter((t) => t.tier === 'later')],
    ['For everyone who joins', 'Read and acknowledged on the first day.', templates.filter((t) => t.kind === 'orientation')],
  ];
  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={2}>Policies</Title>
        <Text c="dimmed" size="sm" maw={760}>
          The fifteen policies SOC 2 expects, each a page or less, each pointing at the procedure that carries it out and the records that
          prove it. These are the templates you start from; adopting, approving and acknowledging them is coming next.
        </Text>
      </div>
      {list.error ? (
        <ProblemAlert problem={list.error} />
      ) : !list.data ? (
        <Center p="xl">
          <Loader aria-label="Loading the templates" />
        </Center>
      ) : (
        groups.map(([title, description, members]) => (
          <Stack key={title} gap="xs" component="section" aria-label={title}>
            <Title order={3} size="h4">
              {title}
            </Title>
            <Text size="sm" c="dimmed">
              {description}
            </Text>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
              {members.map((template) => (
                <TemplateCard key={template.id} template={template} onPreview={() => setPreviewing(template.id)} />
              ))}
            </SimpleGrid>
          </Stack>
        ))
      )}
      <TemplatePreview id={previewing} onClose={() => setPreviewing(undefined)} />
    </Stack>
  );
}

function TemplateCard({ template, onPreview }: { template: TemplateSummary; onPreview(): void }) {
  return (
    <Card withBorder radius="md" padding="md" data-template={template.id}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600}>{template.title}</Text>
          <Button size="compact-sm" variant="light" onClick={onPreview}>
            Read
          </Button>
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
