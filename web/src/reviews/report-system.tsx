import { Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatDateTime } from '../ui/format-date.ts';
import { plural } from '../ui/plural.ts';
import { Section } from '../ui/section.tsx';
import { useWorkspace } from '../ui/workspace.tsx';
import { DecisionsTable } from './decisions-table.tsx';
import { RemediationTable } from './remediation-table.tsx';
import type { ReportSystem as ReportSystemData } from './review-types.ts';
import { SnapshotCard } from './snapshot-card.tsx';
import { StageBadge } from './stage-badge.tsx';
import { TimelinessBadge } from './timeliness-badge.tsx';

/** One system's part of a review's evidence: the lists, every decision, what changed, exceptions, comments, sign-off, timeliness. */
export function ReportSystem({ part }: { part: ReportSystemData }) {
  const { timeZone } = useWorkspace();
  const { system } = part;
  const exceptions = part.remediation.filter((item) => item.exception);
  return (
    <Section
      title={system.systemName}
      description={`Reviewer ${system.reviewer}. ${plural(system.items, 'account')}, ${system.flagged} flagged: ${system.decided.keep} kept, ${system.decided.revoke} revoked, ${system.decided.change} changed.`}
      actions={
        <Group gap="xs">
          <StageBadge stage={system.stage} />
          <TimelinessBadge occurrence={part.occurrence} />
        </Group>
      }
    >
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <SnapshotCard title="List before" snapshot={part.before} missing="" />
        <SnapshotCard title="List after" snapshot={part.after} missing="Not imported yet: it is the list taken after remediation." />
      </SimpleGrid>
      <Stack gap={4}>
        <Title order={4} size="h5">
          Decisions
        </Title>
        <DecisionsTable decisions={part.decisions} label={`Decisions on ${system.systemName}`} />
      </Stack>
      <Stack gap={4}>
        <Title order={4} size="h5">
          Remediation
        </Title>
        {part.remediation.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nothing revoked or changed.
          </Text>
        ) : (
          <RemediationTable items={part.remediation} hasAfter={part.after !== null} />
        )}
      </Stack>
      <Stack gap={4}>
        <Title order={4} size="h5">
          Exceptions
        </Title>
        {exceptions.length === 0 ? (
          <Text size="sm" c="dimmed">
            None.
          </Text>
        ) : (
          exceptions.map((item) => (
            <Text key={item.externalId} size="sm">
              <b>{item.externalId}</b> ({item.decision} not done): {item.exception!.reason} — {item.exception!.by}, {formatDateTime(item.exception!.at, timeZone)}
            </Text>
          ))
        )}
      </Stack>
      {part.comments.length > 0 && (
        <Stack gap={4}>
          <Title order={4} size="h5">
            Comments
          </Title>
          {part.comments.map((comment) => (
            <Text key={`${comment.externalId}-${comment.at}`} size="sm">
              <b>{comment.externalId}</b>: {comment.text} — {comment.author}, {formatDateTime(comment.at, timeZone)}
            </Text>
          ))}
        </Stack>
      )}
      <Text size="sm" data-testid={`sign-off-${system.systemId}`}>
        <b>Sign-off:</b> {system.signedOffAt ? `${system.signedOffBy}, ${formatDateTime(system.signedOffAt, timeZone)}` : 'not yet'}
        {part.occurrence?.completedAt && ` · quarterly review completed ${formatDateTime(part.occurrence.completedAt, timeZone)}`}
      </Text>
    </Section>
  );
}
