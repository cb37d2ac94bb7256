import { Button, Group, Popover, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { apiPath } from '../ui/api.ts';
import { formatDate } from '../ui/format-date.ts';
import { useWorkspace } from '../ui/workspace.tsx';

/** The same calendar date a year earlier, plus a day: a twelve-month window ending on `date`. */
function yearEndingOn(date: string): string {
  const start = new Date(`${date}T00:00:00Z`);
  start.setUTCFullYear(start.getUTCFullYear() - 1);
  start.setUTCDate(start.getUTCDate() + 1);
  return start.toISOString().slice(0, 10);
}

/** What is wrong with a window, as the server would say it, so the download is only offered for one it accepts. */
function windowProblem(from: string, to: string, today: string): string | undefined {
  if (!from || !to) return 'Give both days.';
  if (from > to) return 'The first day is after the last.';
  if (to > today) return `The window ends today (${today}) at the latest.`;
  return undefined;
}

/**
 * Downloads the auditor package of a window: one ZIP with the control matrix, every population,
 * the policies in force, the evidence log's slice, its offline verifier and a manifest. The last
 * twelve months unless `initial` says otherwise. The browser saves the stream to disk as it comes.
 */
export function AuditorPackageButton({ initial }: { initial?: { from: string; to: string } }) {
  const { timeZone } = useWorkspace();
  const today = formatDate(new Date().toISOString(), timeZone);
  const [opened, setOpened] = useState(false);
  const [from, setFrom] = useState(initial?.from ?? yearEndingOn(today));
  const [to, setTo] = useState(initial?.to ?? today);
  const problem = windowProblem(from, to, today);
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" shadow="md" withArrow trapFocus>
      <Popover.Target>
        <Button variant="default" onClick={() => setOpened((open) => !open)}>
          Auditor package
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" w={320} component="section" aria-label="Auditor package">
          <Text size="sm">
            One ZIP for the audit window: the control matrix, every population (hires, leavers, access reviews, policy approvals and
            acknowledgements), the people, systems and asset inventories, the policies in force, and the evidence log with a verifier that runs offline.
          </Text>
          <Group grow gap="xs">
            <TextInput type="date" label="From" value={from} max={to || today} onChange={(e) => setFrom(e.currentTarget.value)} />
            <TextInput type="date" label="To" value={to} max={today} onChange={(e) => setTo(e.currentTarget.value)} />
          </Group>
          <Text size="xs" c={problem ? 'red' : 'dimmed'}>
            {problem ?? `Both days included, in ${timeZone}. The download is recorded in the evidence log.`}
          </Text>
          {problem ? (
            <Button disabled>Download ZIP</Button>
          ) : (
            <Button component="a" href={apiPath('/api/exports/package.zip', { from, to })} download onClick={() => setOpened(false)}>
              Download ZIP
            </Button>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
