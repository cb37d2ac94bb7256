import { Box, Center, Group, Loader, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { apiPath } from '../ui/api.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import { statusLabel } from './policy-status-badge.tsx';
import { type PolicyDetail, type PolicyDiff as Diff, policyUrl } from './policy-types.ts';

/** Unchanged stretches longer than this are folded, keeping a line of context either side. */
const FOLD = 5;

/** What changed between two versions, line by line: added lines green, removed lines red. */
export function PolicyDiff({ policy }: { policy: PolicyDetail }) {
  const newest = policy.latest.version;
  const inForce = policy.published?.version;
  const [from, setFrom] = useState(String(inForce && inForce !== newest ? inForce : newest - 1));
  const [to, setTo] = useState(String(newest));
  const diff = useApi<Diff>(apiPath(policyUrl(policy.id, '/diff'), { from, to }));
  const options = [...policy.versions].reverse().map((v) => ({ value: String(v.version), label: `Version ${v.version} (${statusLabel(v.status).toLowerCase()})` }));

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label="What changed">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Title order={3} size="h4">
            What changed
          </Title>
          <Group gap="xs" align="flex-end">
            <Select label="From" data={options} value={from} onChange={(value) => value && setFrom(value)} allowDeselect={false} w={210} size="xs" />
            <Select label="To" data={options} value={to} onChange={(value) => value && setTo(value)} allowDeselect={false} w={210} size="xs" />
          </Group>
        </Group>
        {diff.error ? (
          <ProblemAlert problem={diff.error} />
        ) : !diff.data ? (
          <Center p="md">
            <Loader size="sm" aria-label="Comparing the versions" />
          </Center>
        ) : (
          <DiffLines lines={diff.data.lines} />
        )}
      </Stack>
    </Paper>
  );
}

const looks = {
  added: { sign: '+', bg: 'var(--mantine-color-green-light)', label: 'added' },
  removed: { sign: '−', bg: 'var(--mantine-color-red-light)', label: 'removed' },
  same: { sign: ' ', bg: undefined, label: 'unchanged' },
};

type Shown = { line: Diff['lines'][number] } | { folded: number };

/** Unchanged runs keep one line of context next to a change; longer runs fold into "… n unchanged lines". */
function foldUnchanged(lines: Diff['lines']): Shown[] {
  const shown: Shown[] = [];
  let index = 0;
  while (index < lines.length) {
    let end = index;
    while (end < lines.length && lines[end]!.change === 'same') end++;
    if (end === index) {
      shown.push({ line: lines[index]! });
      index++;
      continue;
    }
    const keepBefore = index > 0 ? 1 : 0;
    const keepAfter = end < lines.length ? 1 : 0;
    const run = lines.slice(index, end);
    if (run.length - keepBefore - keepAfter <= FOLD) run.forEach((line) => shown.push({ line }));
    else {
      run.slice(0, keepBefore).forEach((line) => shown.push({ line }));
      shown.push({ folded: run.length - keepBefore - keepAfter });
      run.slice(run.length - keepAfter).forEach((line) => shown.push({ line }));
    }
    index = end;
  }
  return shown;
}

function DiffLines({ lines }: { lines: Diff['lines'] }) {
  if (!lines.some((line) => line.change !== 'same')) {
    return (
      <Text size="sm" c="dimmed">
        The two texts are the same.
      </Text>
    );
  }
  return (
    <Box ff="monospace" fz={13} data-testid="policy-diff" style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 4, overflow: 'hidden' }}>
      {foldUnchanged(lines).map((entry, at) => {
        if ('folded' in entry) {
          return (
            <Text key={at} size="xs" c="dimmed" px="sm" py={4} bg="var(--mantine-color-default-hover)">
              … {entry.folded} unchanged lines
            </Text>
          );
        }
        const look = looks[entry.line.change];
        return (
          <Box key={at} data-change={entry.line.change} px="sm" py={1} bg={look.bg} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
            <Text span inherit c="dimmed" mr={8} aria-label={look.label}>
              {look.sign}
            </Text>
            {entry.line.text || ' '}
          </Box>
        );
      })}
    </Box>
  );
}
