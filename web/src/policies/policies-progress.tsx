import { Group, Paper, Progress, Stack, Text } from '@mantine/core';
import type { AcknowledgementSummary } from './acknowledgement-types.ts';
import type { PolicySummary, TemplateSummary } from './policy-types.ts';

/** How far the company is: policies in force out of the fifteen, the day-one five counted first, and how many people acknowledged theirs. */
export function PoliciesProgress({ policies, templates, acknowledgements }: { policies: PolicySummary[]; templates: TemplateSummary[]; acknowledgements: AcknowledgementSummary }) {
  const inForce = new Set(policies.filter((p) => p.published && !p.retiredAt).map((p) => p.templateId));
  const required = templates.filter((t) => t.kind === 'policy');
  const dayOne = required.filter((t) => t.tier === 'day-one');
  const done = required.filter((t) => inForce.has(t.id)).length;
  const dayOneDone = dayOne.filter((t) => inForce.has(t.id)).length;
  // A policy in force is reviewed on time while its yearly review is not past due.
  const reviewed = policies.filter((p) => p.kind === 'policy' && p.published && p.review);
  const onTime = reviewed.filter((p) => p.review!.status === 'upcoming' || (p.review!.status === 'open' && !p.review!.overdueDays)).length;
  return (
    <Paper withBorder radius="md" p="md" data-testid="policies-progress">
      <Stack gap={8}>
        <Group justify="space-between" align="baseline" gap="xs">
          <Text fw={600}>
            {done} of {required.length} policies approved and published
          </Text>
          <Group gap="md">
            <Text size="sm" c={dayOneDone === dayOne.length ? 'green' : 'dimmed'}>
              Day one: {dayOneDone} of {dayOne.length}
            </Text>
            {reviewed.length > 0 && (
              <Text size="sm" c={onTime === reviewed.length ? 'green' : 'red'} title="policies in force whose yearly review is not overdue">
                {onTime} of {reviewed.length} reviewed on time
              </Text>
            )}
            {acknowledgements.percent !== null && (
              <Text size="sm" c={acknowledgements.percent === 100 ? 'green' : 'dimmed'} title={`${acknowledgements.complete} of ${acknowledgements.people} people`}>
                {acknowledgements.percent}% of people acknowledged
              </Text>
            )}
          </Group>
        </Group>
        <Progress.Root size="lg" aria-label={`${done} of ${required.length} policies published`}>
          <Progress.Section value={(dayOneDone / required.length) * 100} color="green" />
          <Progress.Section value={((done - dayOneDone) / required.length) * 100} color="teal" />
        </Progress.Root>
        <Text size="xs" c="dimmed">
          {dayOneDone < dayOne.length
            ? 'Start with the day-one five: they govern the decisions you make from the first hire.'
            : done < required.length
              ? 'The day-one five are in force. All fifteen should be by the time the audit window opens.'
              : 'All fifteen are in force. Each comes back for its yearly review.'}
        </Text>
      </Stack>
    </Paper>
  );
}
