import { Alert, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { formatDateTime } from '../ui/format-date.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import { ChecklistItemsTable } from './checklist-items-table.tsx';
import { exceptionLabels, phaseLabel, phasesOf } from './checklist-labels.ts';
import { DeadlineBadge } from './deadline-badge.tsx';
import type { Checklist, ChecklistItem } from './people-types.ts';

const reasons: Record<NonNullable<Checklist['reason']>, string> = {
  voluntary: 'Voluntary (they resigned)',
  involuntary: 'Involuntary',
  'reduction-in-force': 'Reduction in force',
  'contract-end': 'End of contract',
};

export interface ChecklistSectionProps {
  checklist: Checklist;
  confirmer(item: ChecklistItem): string;
  onComplete?(item: ChecklistItem): void;
}

/** One onboarding or offboarding: how far it is, its deadline, the exceptions an auditor would ask about, and each item by phase. */
export function ChecklistSection({ checklist, confirmer, onComplete }: ChecklistSectionProps) {
  const { timeZone } = useWorkspace();
  const title = checklist.kind === 'onboarding' ? 'Onboarding' : 'Offboarding';
  const known: readonly string[] = phasesOf[checklist.kind];
  const phases = [...known, ...new Set(checklist.items.map((i) => i.phase).filter((p) => !known.includes(p)))];
  const titleOf = (key: string) => checklist.items.find((i) => i.key === key)?.title ?? key;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={title} data-checklist={checklist.kind}>
      <Stack gap="md">
        <div>
          <Group gap="sm">
            <Title order={3} size="h4">
              {title}
            </Title>
            <Badge variant="light" color={checklist.completedAt ? 'green' : 'blue'} data-testid="checklist-progress">
              {checklist.completedAt ? 'Complete' : `${checklist.done} of ${checklist.total} done`}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            Started {formatDateTime(checklist.startedAt, timeZone)} by {checklist.startedBy}
            {checklist.completedAt && `; every item done by ${formatDateTime(checklist.completedAt, timeZone)}`}.
          </Text>
        </div>
        {checklist.kind === 'offboarding' && <OffboardingFacts checklist={checklist} />}
        {checklist.exceptions.length > 0 && (
          <Alert color="red" variant="light" title={`${checklist.exceptions.length === 1 ? 'One exception' : `${checklist.exceptions.length} exceptions`} an auditor will ask about`} data-testid="exceptions">
            <List size="sm" spacing={2}>
              {checklist.exceptions.map((e) => (
                <List.Item key={`${e.key}:${e.rule}`}>
                  {titleOf(e.key)}: {exceptionLabels[e.rule].toLowerCase()}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {phases.map((phase) => {
          const items = checklist.items.filter((i) => i.phase === phase);
          if (items.length === 0) return null;
          return (
            <Stack key={phase} gap={4} component="section" aria-label={phaseLabel(phase)}>
              <Title order={4} size="h6">
                {phaseLabel(phase)}
              </Title>
              <ChecklistItemsTable checklist={checklist} items={items} confirmer={confirmer} onComplete={onComplete} />
            </Stack>
          );
        })}
      </Stack>
    </Paper>
  );
}

function OffboardingFacts({ checklist }: { checklist: Checklist }) {
  const { timeZone } = useWorkspace();
  return (
    <Stack gap={6}>
      <Text size="sm">
        {checklist.reason && reasons[checklist.reason]}. Access ends {formatDateTime(checklist.terminatesAt!, timeZone)}.
        {checklist.conversationAt && ` They are told at ${formatDateTime(checklist.conversationAt, timeZone)}: access is cut before that conversation, and anything revoked after it is flagged.`}
        {checklist.batchId && ' Part of a reduction in force with one cut-off time.'}
      </Text>
      {checklist.deadline && <DeadlineBadge deadline={checklist.deadline} timeZone={timeZone} />}
    </Stack>
  );
}
