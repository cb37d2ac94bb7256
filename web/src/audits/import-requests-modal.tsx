import { Alert, Button, FileInput, Group, Modal, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { ImportProblems } from '../people/import-problems.tsx';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { type DateFormat, type FileColumns, fieldLabels, type ImportBody, type ImportResult, type RequestField } from './audit-types.ts';
import { ImportResultView } from './import-result-view.tsx';

const fields: RequestField[] = ['id', 'control', 'description', 'dueOn'];
const required: Record<RequestField, boolean> = { id: true, control: false, description: true, dueOn: true };
const NONE = '(none)';
const dateFormats: { value: DateFormat; label: string }[] = [
  { value: 'YYYY-MM-DD', label: 'YYYY-MM-DD (2026-04-03)' },
  { value: 'MM/DD/YYYY', label: 'MM/DD/YYYY (04/03/2026, US)' },
  { value: 'DD/MM/YYYY', label: 'DD/MM/YYYY (03/04/2026)' },
];

type Mapping = Record<RequestField, string | null>;

export function ImportRequestsModal({ opened, onClose, onImported }: { opened: boolean; onClose(): void; onImported(result: ImportResult): void }) {
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={600}>Import the auditor’s request list</Text>} centered size="xl">
      {opened && <ImportSteps onClose={onClose} onImported={onImported} />}
    </Modal>
  );
}

/**
 * Choose the file; see which of its columns gives each field and change that where the firm names
 * them otherwise; preview what it would do; import exactly the file that was previewed.
 */
function ImportSteps({ onClose, onImported }: { onClose(): void; onImported(result: ImportResult): void }) {
  const [picked, setPicked] = useState<File | null>(null);
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [columns, setColumns] = useState<FileColumns>();
  const [mapping, setMapping] = useState<Mapping>({ id: null, control: null, description: null, dueOn: null });
  const [dateFormat, setDateFormat] = useState<DateFormat>('YYYY-MM-DD');
  const [preview, setPreview] = useState<ImportResult>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();

  const run = (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(undefined);
    work()
      .catch((failure: ApiProblem) => setProblem(failure))
      .finally(() => setBusy(false));
  };
  const choose = (chosen: File | null) => {
    setColumns(undefined);
    setPreview(undefined);
    setProblem(undefined);
    setPicked(chosen);
    setFile(null);
    if (!chosen) return;
    run(async () => {
      const read = { name: chosen.name, csv: await chosen.text() };
      setFile(read);
      const found = await sendJson<FileColumns>('POST', '/api/audits/requests/import/headers', { fileName: read.name, csv: read.csv });
      setColumns(found);
      setMapping(Object.fromEntries(fields.map((field) => [field, found.columns.find((c) => c.field === field)?.header ?? null])) as Mapping);
    });
  };
  const body = (): ImportBody => ({ fileName: file!.name, csv: file!.csv, columns: mapping, dateFormat });
  const change = (next: Partial<Mapping>, format = dateFormat) => {
    setMapping({ ...mapping, ...next });
    setDateFormat(format);
    setPreview(undefined);
  };

  if (preview) {
    const writes = preview.new.length + preview.changed.length;
    return (
      <Stack gap="md">
        <ImportResultView result={preview} />
        {problem && <ImportProblems problem={problem} />}
        <Group justify="space-between" gap="xs">
          <Button variant="default" onClick={() => setPreview(undefined)}>
            Back to the columns
          </Button>
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button loading={busy} disabled={writes === 0} onClick={() => run(async () => onImported(await sendJson<ImportResult>('POST', '/api/audits/requests/import', { ...body(), sha256: preview.sha256 })))}>
              {writes === 0 ? 'Nothing to import' : `Import ${writes} ${writes === 1 ? 'change' : 'changes'}`}
            </Button>
          </Group>
        </Group>
      </Stack>
    );
  }

  const options = (columns?.headers ?? []).map((header) => ({ value: header, label: header || '(no name)' }));
  const leftOut = (columns?.headers ?? []).filter((header) => !Object.values(mapping).includes(header)).map((header) => header || '(no name)');
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        The list of requests the audit firm sent (often called the PBC list), saved as CSV. Import it again when the firm updates it: new requests are
        added, the others take the new wording and due dates, and every answer is kept.
      </Text>
      <FileInput label="Request list (CSV)" placeholder="Choose a .csv file" accept=".csv,text/csv" clearable value={picked} onChange={choose} />
      {columns && (
        <>
          <Text size="sm" fw={500} mt="xs">
            Which column gives each field
          </Text>
          <Table fz="sm" verticalSpacing={6} aria-label="Column mapping">
            <Table.Tbody>
              {fields.map((field) => {
                const ambiguous = columns.ambiguous.find((a) => a.field === field);
                return (
                  <Table.Tr key={field}>
                    <Table.Td w={180}>
                      {fieldLabels[field]}
                      {required[field] ? ' *' : ''}
                    </Table.Td>
                    <Table.Td>
                      <Select
                        aria-label={fieldLabels[field]}
                        placeholder={required[field] ? 'Choose the column' : 'Not in this file'}
                        data={required[field] ? options : [{ value: NONE, label: 'Not in this file' }, ...options]}
                        value={mapping[field] ?? (required[field] ? null : NONE)}
                        onChange={(value) => change({ [field]: value === NONE ? null : value })}
                        allowDeselect={false}
                        error={ambiguous && !mapping[field] ? `${ambiguous.headers.join(' or ')}? Choose one.` : required[field] && !mapping[field] ? 'No column has a name the import knows: choose it.' : undefined}
                        comboboxProps={{ withinPortal: true }}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          <Select
            label="How dates are written in it"
            allowDeselect={false}
            data={dateFormats}
            value={dateFormat}
            onChange={(value) => value && change({}, value as DateFormat)}
            comboboxProps={{ withinPortal: true }}
          />
          {leftOut.length > 0 && (
            <Alert variant="light" color="gray">
              <Text size="sm">Columns left out: {leftOut.join(', ')}.</Text>
            </Alert>
          )}
        </>
      )}
      {problem && <ImportProblems problem={problem} />}
      <Group justify="flex-end" gap="xs" mt="xs">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button loading={busy} disabled={!columns || fields.some((field) => required[field] && !mapping[field])} onClick={() => run(async () => setPreview(await sendJson<ImportResult>('POST', '/api/audits/requests/import/preview', body())))}>
          Preview
        </Button>
      </Group>
    </Stack>
  );
}
