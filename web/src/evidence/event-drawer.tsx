import { Alert, Anchor, Badge, Button, Code, Drawer, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { apiPath } from '../ui/api.ts';
import { formatInstant } from '../ui/format-date.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import { attachmentUrl, type EvidenceEvent, type EvidencePageResult, type VerifyResult } from './evidence-types.ts';

export interface EventDrawerProps {
  /** The event to show; undefined keeps the drawer closed. */
  seq: number | undefined;
  /** The events already loaded; an event on another page (a shared link) is fetched. */
  loaded: EvidenceEvent[];
  timeZone: string;
  problem: VerifyResult['problem'];
  onClose(): void;
  onFilter(filter: { action: string } | { subjectType: string; subjectId: string }): void;
}

export function EventDrawer({ seq: requested, loaded, timeZone, problem, onClose, onFilter }: EventDrawerProps) {
  // Keep showing the last event while the drawer slides shut.
  const [seq, setSeq] = useState(requested);
  if (requested !== undefined && requested !== seq) setSeq(requested);
  const known = loaded.find((event) => event.seq === seq);
  // The page just above `seq` starts with event `seq` itself, if it exists.
  const fetched = useApi<EvidencePageResult>(requested !== undefined && !known ? apiPath('/api/evidence', { before: requested + 1, limit: 1 }) : null);
  const event = known ?? fetched.data?.events.find((e) => e.seq === seq);

  let body;
  if (seq === undefined) body = null;
  else if (event) body = <EventDetails event={event} timeZone={timeZone} problem={problem?.seq === seq ? problem : undefined} onFilter={onFilter} />;
  else if (fetched.error) body = <ProblemAlert problem={fetched.error} />;
  else if (fetched.loading || !fetched.data) body = <Loader />;
  else body = <Text>There is no event #{seq} in the log.</Text>;

  return (
    <Drawer opened={requested !== undefined} onClose={onClose} position="right" size="xl" title={<Title order={3}>Event #{seq}</Title>}>
      {body}
    </Drawer>
  );
}

function EventDetails({
  event,
  timeZone,
  problem,
  onFilter,
}: {
  event: EvidenceEvent;
  timeZone: string;
  problem: VerifyResult['problem'];
  onFilter: EventDrawerProps['onFilter'];
}) {
  return (
    <Stack gap="md" data-testid="event-details">
      {problem && (
        <Alert color="red" variant="light" title="Verification failed at this event">
          {problem.message}
        </Alert>
      )}
      <Table variant="vertical" layout="fixed" withTableBorder>
        <Table.Tbody>
          <Row label="Action">
            <Code>{event.action}</Code>
          </Row>
          <Row label="Subject">
            {event.subject.type} <strong>{event.subject.id}</strong>
          </Row>
          <Row label="Actor">
            {event.actor.id}{' '}
            <Badge size="xs" variant="light" color="gray">
              {event.actor.type}
            </Badge>
          </Row>
          <Row label="Effective">{formatInstant(event.effectiveAt, timeZone)}</Row>
          <Row label="Recorded">{formatInstant(event.recordedAt, timeZone)}</Row>
        </Table.Tbody>
      </Table>
      <Group gap="xs">
        <Button size="xs" variant="light" onClick={() => onFilter({ subjectType: event.subject.type, subjectId: event.subject.id })}>
          All events for this {event.subject.type}
        </Button>
        <Button size="xs" variant="light" onClick={() => onFilter({ action: event.action })}>
          All {event.action} events
        </Button>
      </Group>

      <Section title="Data">
        <Code block data-testid="event-data">
          {JSON.stringify(event.data, null, 2)}
        </Code>
      </Section>

      <Section title="Attachments">
        {event.attachments.length === 0 ? (
          <Text size="sm" c="dimmed">
            No files are attached to this event.
          </Text>
        ) : (
          <Stack gap={4}>
            {event.attachments.map((digest) => (
              <Anchor key={digest} href={attachmentUrl(digest)} target="_blank" rel="noreferrer" ff="monospace" size="xs" style={{ wordBreak: 'break-all' }}>
                {digest}
              </Anchor>
            ))}
            <Text size="xs" c="dimmed">
              Each file is named by its SHA-256 digest, which the chain vouches for.
            </Text>
          </Stack>
        )}
      </Section>

      <Section title="Chain">
        <Text size="xs" c="dimmed">
          Hash
        </Text>
        <Code style={{ wordBreak: 'break-all' }}>{event.hash}</Code>
        <Text size="xs" c="dimmed" mt={6}>
          Previous hash{event.seq === 1 ? ' (the genesis hash: this is the first event)' : ` (event #${event.seq - 1})`}
        </Text>
        <Code style={{ wordBreak: 'break-all' }}>{event.prevHash}</Code>
      </Section>
    </Stack>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={120}>{label}</Table.Th>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>{children}</Table.Td>
    </Table.Tr>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        {title}
      </Text>
      {children}
    </Stack>
  );
}
