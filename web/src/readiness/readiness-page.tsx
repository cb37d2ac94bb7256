import { Button, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { AuditorPackageButton } from '../exports/auditor-package-button.tsx';
import { useSession } from '../identity/session-context.tsx';
import { apiPath } from '../ui/api.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { Section } from '../ui/section.tsx';
import { useApi } from '../ui/use-api.ts';
import { AttachEvidenceModal, ExceptionModal } from './control-record-modals.tsx';
import { Type1Table, Type2Table } from './controls-table.tsx';
import { GapList } from './gap-list.tsx';
import type { ControlView, OperationItem, ScoreHistory, Type1Report, Type2Report } from './readiness-types.ts';
import { ScoreChart } from './score-chart.tsx';

/** Are we ready: Type 1 at a date, Type 2 over a window, the gaps in the order to close them, and the score over time. */
export function ReadinessPage() {
  const { can } = useSession();
  const [type, setType] = useState<'1' | '2'>('1');
  const [asOf, setAsOf] = useState('');
  const [window, setWindow] = useState({ from: '', to: '' });
  const type1 = useApi<Type1Report>(type === '1' ? apiPath('/api/readiness/type1', { asOf: asOf || undefined }) : null);
  const type2 = useApi<Type2Report>(type === '2' ? apiPath('/api/readiness/type2', window.from && window.to ? window : {}) : null);
  const history = useApi<ScoreHistory>('/api/readiness/history');
  const [attaching, setAttaching] = useState<ControlView | null>(null);
  const [excepting, setExcepting] = useState<{ control: ControlView; item: OperationItem } | null>(null);
  const manage = can('readiness:manage');
  const report = type === '1' ? type1 : type2;
  const packageWindow = type === '2' && type2.data ? { from: type2.data.from, to: type2.data.to } : undefined;
  const reload = () => {
    type1.reload();
    type2.reload();
    history.reload();
  };

  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={2}>Readiness</Title>
        <Text c="dimmed" size="sm" maw={760}>
          Type 1 asks whether each control is designed and in place on a date; Type 2 asks whether it operated, on time, every time, over the audit window. Both are computed from
          what Groundwork has recorded: nothing here is typed in.
        </Text>
      </div>
      <Group align="flex-end">
        <SegmentedControl
          value={type}
          onChange={(value) => setType(value as '1' | '2')}
          data={[
            { value: '1', label: 'Type 1 · at a date' },
            { value: '2', label: 'Type 2 · over a window' },
          ]}
        />
        {type === '1' ? (
          <TextInput type="date" label="As of" description="Today when empty" value={asOf} onChange={(e) => setAsOf(e.currentTarget.value)} />
        ) : (
          <>
            <TextInput type="date" label="From" value={window.from} onChange={(e) => setWindow({ ...window, from: e.currentTarget.value })} />
            <TextInput type="date" label="To" value={window.to} onChange={(e) => setWindow({ ...window, to: e.currentTarget.value })} />
          </>
        )}
      </Group>
      {report.error && <ProblemAlert problem={report.error} />}
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Paper withBorder p="lg" radius="md" data-testid="readiness-score">
          {type === '1' && type1.data && (
            <>
              <Text size="sm" c="dimmed">
                Type 1 as of {type1.data.asOf}
              </Text>
              <Title order={2}>{type1.data.score.percent}%</Title>
              <Text size="sm">
                {type1.data.score.met} of {type1.data.score.total} controls designed and in place
              </Text>
            </>
          )}
          {type === '2' && type2.data && (
            <>
              <Text size="sm" c="dimmed">
                Type 2 from {type2.data.from} to {type2.data.to}
              </Text>
              <Title order={2}>{type2.data.score.percent}%</Title>
              <Text size="sm">
                {type2.data.score.met} of {type2.data.score.total} controls operated consistently
              </Text>
            </>
          )}
          {report.loading && !report.data && <Text size="sm">Computing…</Text>}
          {can('exports:read') && (
            <Stack gap={4} mt="lg">
              <Text size="sm" c="dimmed">
                Everything an auditor needs for a window, in one ZIP they can verify offline
              </Text>
              {/* Keyed by the window shown, so the package offered is for it. */}
              <AuditorPackageButton key={packageWindow ? `${packageWindow.from}/${packageWindow.to}` : 'default'} initial={packageWindow} />
            </Stack>
          )}
        </Paper>
        <Paper withBorder p="lg" radius="md" style={{ gridColumn: 'span 2' }}>
          <Text size="sm" c="dimmed" mb="xs">
            Type 1 score over time
          </Text>
          {history.data && <ScoreChart history={history.data} />}
        </Paper>
      </SimpleGrid>
      {report.data && (
        <Section title="Gaps" description="In the order the guide advises: the day-one policies and the three core controls first, then the rest.">
          <GapList gaps={report.data.gaps} limit={8} />
        </Section>
      )}
      {report.data && (
        <Section title="Controls" description={type === '1' ? 'Each control of the catalog, with the records it reads.' : 'Open a control to see every occurrence or person it covers in the window.'}>
          {type === '1' && type1.data && <Type1Table report={type1.data} onAttach={manage ? setAttaching : undefined} />}
          {type === '2' && type2.data && <Type2Table report={type2.data} onAttach={manage ? setAttaching : undefined} onExcept={manage ? (control, item) => setExcepting({ control, item }) : undefined} />}
        </Section>
      )}
      {attaching && (
        <AttachEvidenceModal
          control={attaching}
          onClose={() => setAttaching(null)}
          onDone={() => {
            setAttaching(null);
            reload();
          }}
        />
      )}
      {excepting && (
        <ExceptionModal
          control={excepting.control}
          item={excepting.item}
          onClose={() => setExcepting(null)}
          onDone={() => {
            setExcepting(null);
            reload();
          }}
        />
      )}
      {report.loading && report.data && (
        <Button variant="subtle" loading>
          Updating
        </Button>
      )}
    </Stack>
  );
}
