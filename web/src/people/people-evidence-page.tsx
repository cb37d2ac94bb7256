import { Alert, Button, Center, Group, Loader, NumberInput, Paper, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Link, navigate, useLocation } from '../app/router.tsx';
import { apiPath, type QueryValue } from '../ui/api.ts';
import { plural } from '../ui/plural.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import type { PeopleReport } from './people-types.ts';
import { ReportTable } from './report-table.tsx';

type Scope = { last: number } | { from: string; to: string };

function scopeFrom(search: string): Scope {
  const params = new URLSearchParams(search);
  const from = params.get('from');
  const to = params.get('to');
  return from !== null || to !== null ? { from: from ?? '', to: to ?? '' } : { last: Number(params.get('last') ?? 3) };
}

const query = (scope: Scope): Record<string, QueryValue> => ('last' in scope ? { last: scope.last } : { from: scope.from, to: scope.to });

/**
 * /people/evidence: what an auditor samples for onboarding and offboarding, the last few of each
 * or everyone in a window, with the same report as CSV and PDF.
 */
export function PeopleEvidencePage() {
  const { timeZone } = useWorkspace();
  const { search } = useLocation();
  const scope = scopeFrom(search);
  const report = useApi<PeopleReport>(apiPath('/api/people/report', query(scope)));
  const data = report.data;
  return (
    <Stack gap="md" maw={1300}>
      <Text size="sm">
        <Link to="/people">← All people</Link>
      </Text>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Onboarding and offboarding evidence</Title>
          <Text c="dimmed" size="sm" maw={620}>
            What an auditor asks for: the most recent hires and leavers, or everyone in the audit window, each with how complete and how timely their
            checklist was.
          </Text>
        </div>
        <Group gap="xs">
          <Button variant="default" component="a" href={apiPath('/api/people/report.csv', query(scope))}>
            Download CSV
          </Button>
          <Button variant="default" component="a" href={apiPath('/api/people/report.pdf', query(scope))}>
            Download PDF
          </Button>
        </Group>
      </Group>
      <ScopeForm key={search} scope={scope} />
      {report.error ? (
        <ProblemAlert problem={report.error} />
      ) : !data ? (
        <Center p="xl">
          <Loader aria-label="Loading the report" />
        </Center>
      ) : (
        <>
          <Alert color="blue" variant="light" title="Why this list is complete" data-testid="completeness">
            {data.completeness}
          </Alert>
          <Population label="Hires" title={populationTitle(data, 'onboarding')} empty="No onboardings in this selection.">
            {data.hires.length > 0 ? <ReportTable rows={data.hires} population="hire" timeZone={timeZone} /> : null}
          </Population>
          <Population label="Leavers" title={populationTitle(data, 'offboarding')} empty="No offboardings in this selection.">
            {data.leavers.length > 0 ? <ReportTable rows={data.leavers} population="leaver" timeZone={timeZone} /> : null}
          </Population>
          {'from' in data.scope && <Missing missing={data.missing} />}
        </>
      )}
    </Stack>
  );
}

/** "Last 3 onboardings (3 shown)", "Hires from 2026-01-01 to 2026-03-31 (4)". */
function populationTitle(report: PeopleReport, kind: 'onboarding' | 'offboarding'): string {
  const count = (kind === 'onboarding' ? report.hires : report.leavers).length;
  if ('last' in report.scope) return `Last ${plural(report.scope.last, kind)}${count < report.scope.last ? ` (${count} recorded)` : ''}`;
  return `${kind === 'onboarding' ? 'Hires' : 'Leavers'} from ${report.scope.from} to ${report.scope.to} (${count})`;
}

function Population({ label, title, empty, children }: { label: string; title: string; empty: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section" aria-label={label}>
      <Title order={3} size="h4">
        {title}
      </Title>
      {children ?? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
    </Stack>
  );
}

function Missing({ missing }: { missing: PeopleReport['missing'] }) {
  return (
    <Stack gap="xs" component="section" aria-label="Missing">
      <Title order={3} size="h4">
        Missing records
      </Title>
      {missing.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="no-missing">
          None: everyone who started or left in the window has a checklist.
        </Text>
      ) : (
        <Table verticalSpacing="xs" aria-label="Missing records">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Person</Table.Th>
              <Table.Th>Date</Table.Th>
              <Table.Th>Problem</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {missing.map((m) => (
              <Table.Tr key={`${m.population}:${m.email}:${m.date}`}>
                <Table.Td>
                  <Text size="sm">{m.name}</Text>
                  <Text size="xs" c="dimmed">
                    {m.email} · {m.kind}
                  </Text>
                </Table.Td>
                <Table.Td>{m.date}</Table.Td>
                <Table.Td>
                  <Text size="sm" c="red">
                    {m.problem}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

/** The last N of each, or a window of dates; applied on submit, kept in the URL. */
function ScopeForm({ scope }: { scope: Scope }) {
  const { timeZone } = useWorkspace();
  const [mode, setMode] = useState<'last' | 'window'>('last' in scope ? 'last' : 'window');
  const [last, setLast] = useState<number | string>('last' in scope ? scope.last : 3);
  const [from, setFrom] = useState('from' in scope ? scope.from : '');
  const [to, setTo] = useState('to' in scope ? scope.to : '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(`/people/evidence${mode === 'last' ? `?last=${last}` : `?from=${from}&to=${to}`}`);
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} aria-label="Which checklists">
      <Group align="flex-end" gap="md">
        <SegmentedControl
          aria-label="Which checklists"
          data={[
            { value: 'last', label: 'Most recent' },
            { value: 'window', label: 'Date window' },
          ]}
          value={mode}
          onChange={(value) => setMode(value as 'last' | 'window')}
        />
        {mode === 'last' ? (
          <NumberInput label="How many of each" min={1} max={100} w={160} value={last} onChange={setLast} />
        ) : (
          <>
            <TextInput label="From" type="date" required value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
            <TextInput label="To" type="date" required value={to} onChange={(e) => setTo(e.currentTarget.value)} />
            <Text size="xs" c="dimmed" pb={8}>
              Both included, in {timeZone}
            </Text>
          </>
        )}
        <Button type="submit" variant="light">
          Show
        </Button>
      </Group>
    </Paper>
  );
}
