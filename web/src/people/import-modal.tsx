import { Button, Checkbox, FileInput, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { HrColumnsHelp } from './hr-columns-help.tsx';
import { ImportPreview } from './import-preview.tsx';
import { ImportProblems } from './import-problems.tsx';
import type { DateFormat, ImportBody, ImportPreview as Preview } from './people-types.ts';

const dateFormats: { value: DateFormat; label: string }[] = [
  { value: 'YYYY-MM-DD', label: 'YYYY-MM-DD (2026-04-03)' },
  { value: 'MM/DD/YYYY', label: 'MM/DD/YYYY (04/03/2026, US)' },
  { value: 'DD/MM/YYYY', label: 'DD/MM/YYYY (03/04/2026)' },
];

export function ImportModal({ opened, onClose, onImported }: { opened: boolean; onClose(): void; onImported(result: Preview): void }) {
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={600}>Import from your HR system</Text>} centered size="xl">
      {opened && <ImportSteps onClose={onClose} onImported={onImported} />}
    </Modal>
  );
}

/** Choose the export, see what it would do, then apply exactly the file that was previewed. */
function ImportSteps({ onClose, onImported }: { onClose(): void; onImported(result: Preview): void }) {
  const [file, setFile] = useState<File | null>(null);
  const [dateFormat, setDateFormat] = useState<DateFormat>('YYYY-MM-DD');
  const [ignoreUnknownColumns, setIgnoreUnknownColumns] = useState(false);
  const [previewed, setPreviewed] = useState<{ body: ImportBody; preview: Preview }>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();

  const run = (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(undefined);
    work()
      .catch((failure: ApiProblem) => setProblem(failure))
      .finally(() => setBusy(false));
  };
  const preview = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    run(async () => {
      const body: ImportBody = { fileName: file.name, csv: await file.text(), dateFormat, ignoreUnknownColumns };
      setPreviewed({ body, preview: await sendJson<Preview>('POST', '/api/people/import/preview', body) });
    });
  };
  const apply = () => {
    if (!previewed) return;
    run(async () => onImported(await sendJson<Preview>('POST', '/api/people/import', { ...previewed.body, sha256: previewed.preview.sha256 })));
  };

  if (previewed) {
    const { preview: p } = previewed;
    const writes = p.new.length + p.changed.length + p.returning.length;
    return (
      <Stack gap="md">
        <ImportPreview preview={p} />
        {problem && <ImportProblems problem={problem} />}
        <Group justify="space-between" gap="xs">
          <Button variant="default" onClick={() => setPreviewed(undefined)}>
            Choose another file
          </Button>
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button loading={busy} disabled={writes === 0} onClick={apply}>
              {writes === 0 ? 'Nothing to import' : `Import ${writes} ${writes === 1 ? 'change' : 'changes'}`}
            </Button>
          </Group>
        </Group>
      </Stack>
    );
  }

  return (
    <form onSubmit={preview}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Export your people from BambooHR, Gusto, Rippling, Personio, HiBob or Deel as CSV. You see what would change before anything is
          written; nobody is offboarded by an import.
        </Text>
        <FileInput label="HR export (CSV)" placeholder="Choose a .csv file" accept=".csv,text/csv" required clearable value={file} onChange={setFile} />
        <Select
          label="How dates are written in it"
          allowDeselect={false}
          data={dateFormats}
          value={dateFormat}
          onChange={(value) => value && setDateFormat(value as DateFormat)}
          comboboxProps={{ withinPortal: true }}
        />
        <Checkbox
          label="Skip columns the import does not read (Location, Phone…)"
          checked={ignoreUnknownColumns}
          onChange={(event) => setIgnoreUnknownColumns(event.currentTarget.checked)}
        />
        <HrColumnsHelp />
        {problem && <ImportProblems problem={problem} />}
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={busy} disabled={!file}>
            Preview
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
