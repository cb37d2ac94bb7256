import { Button, FileInput, Group, SegmentedControl, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { EvidenceEvent, EvidencePageResult } from '../evidence/evidence-types.ts';
import { fileBody } from '../people/read-file.ts';
import { apiPath, type ApiProblem, sendJson } from '../ui/api.ts';
import { fieldError, formProblem } from '../ui/field-error.ts';
import { formatDate } from '../ui/format-date.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import { type AuditWindow, type LinkBody, type PopulationKind, populationLabels, type RequestDetail, requestApi } from './audit-types.ts';

type Kind = 'population' | 'file' | 'package' | 'note';
const kinds: { value: Kind; label: string }[] = [
  { value: 'population', label: 'Population' },
  { value: 'file', label: 'File' },
  { value: 'package', label: 'Auditor package' },
  { value: 'note', label: 'Note' },
];
const fields = ['population', 'from', 'to', 'file', 'sha256', 'seq', 'text'];

/** Links one piece of evidence to the request; the server checks it exists and records the link. */
export function AnswerForm({ request, window, onAnswered }: { request: RequestDetail; window: AuditWindow | null; onAnswered(): void }) {
  const { timeZone } = useWorkspace();
  const [kind, setKind] = useState<Kind>('population');
  const [population, setPopulation] = useState<PopulationKind | null>(null);
  const [from, setFrom] = useState(window?.from ?? '');
  const [to, setTo] = useState(window?.to ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [sha256, setSha256] = useState('');
  const [seq, setSeq] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const packages = useApi<EvidencePageResult>(kind === 'package' ? apiPath('/api/evidence', { action: 'exports.package.created', limit: 50 }) : null);

  const body = async (): Promise<LinkBody> => {
    if (kind === 'population') return { kind, population: population!, from: from || undefined, to: to || undefined };
    if (kind === 'file') return file ? { kind: 'file', file: await fileBody(file) } : { kind: 'attachment', sha256: sha256.trim() };
    if (kind === 'package') return { kind, seq: Number(seq) };
    return { kind, text };
  };
  const ready = kind === 'population' ? population !== null : kind === 'file' ? file !== null || sha256.trim() !== '' : kind === 'package' ? seq !== null : text.trim() !== '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    body()
      .then((answer) => sendJson<RequestDetail>('POST', requestApi(request.id, '/links'), answer))
      .then(() => {
        setFile(null);
        setSha256('');
        setText('');
        onAnswered();
      }, (failure: ApiProblem) => setProblem(failure))
      .finally(() => setBusy(false));
  };
  const shown = formProblem(problem, fields);

  return (
    <form onSubmit={submit} aria-label="Answer">
      <Stack gap="sm">
        <SegmentedControl aria-label="Answer with" data={kinds} value={kind} onChange={(value) => (setKind(value as Kind), setProblem(undefined))} />
        {kind === 'population' && (
          <>
            <Select
              label="Population"
              placeholder="Choose the list the auditor samples from"
              data={Object.entries(populationLabels).map(([value, label]) => ({ value, label }))}
              value={population}
              onChange={(value) => setPopulation(value as PopulationKind | null)}
              error={fieldError(problem, 'population')}
              comboboxProps={{ withinPortal: true }}
            />
            <Group grow>
              <TextInput type="date" label="From" value={from} onChange={(e) => setFrom(e.currentTarget.value)} error={fieldError(problem, 'from')} />
              <TextInput type="date" label="To" value={to} onChange={(e) => setTo(e.currentTarget.value)} error={fieldError(problem, 'to')} />
            </Group>
            <Text size="xs" c="dimmed">
              The auditor downloads the whole population over these dates as CSV{window ? '; the audit window unless you change them' : ''}.
            </Text>
          </>
        )}
        {kind === 'file' && (
          <>
            <FileInput label="A file to attach" placeholder="Choose a file" clearable value={file} onChange={setFile} error={fieldError(problem, 'file')} />
            <TextInput
              label="Or a file already in Groundwork"
              description="The SHA-256 of a stored attachment, as the evidence log shows it"
              placeholder="64 hexadecimal characters"
              disabled={file !== null}
              value={sha256}
              onChange={(e) => setSha256(e.currentTarget.value)}
              error={fieldError(problem, 'sha256')}
            />
          </>
        )}
        {kind === 'package' &&
          (packages.data && packages.data.events.length === 0 ? (
            <Text size="sm" c="dimmed">
              No auditor package has been created yet.
            </Text>
          ) : (
            <Select
              label="Auditor package"
              placeholder={packages.data ? 'Choose the package' : 'Loading the packages…'}
              data={(packages.data?.events ?? []).map((event) => ({ value: String(event.seq), label: packageLabel(event, timeZone) }))}
              value={seq}
              onChange={setSeq}
              error={fieldError(problem, 'seq')}
              comboboxProps={{ withinPortal: true }}
            />
          ))}
        {kind === 'note' && (
          <Textarea label="Note" placeholder="Where the evidence is, or why there is none (no incident in the period…)" autosize minRows={3} maxLength={2000} value={text} onChange={(e) => setText(e.currentTarget.value)} error={fieldError(problem, 'text')} />
        )}
        {shown && <ProblemAlert problem={shown} title="Not linked" />}
        <Group justify="flex-end">
          <Button type="submit" loading={busy} disabled={!ready}>
            Link to {request.id}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "2026-01-01 to 2026-06-30, created 2026-07-02 (event #812)": the window is in the event's data (src/exports/build-auditor-package.ts). */
function packageLabel(event: EvidenceEvent, timeZone: string): string {
  const window = event.data.window as { from?: string; to?: string } | undefined;
  return `${window?.from && window.to ? `${window.from} to ${window.to}, ` : ''}created ${formatDate(event.recordedAt, timeZone)} (event #${event.seq})`;
}
