import { Button, FileInput, Group, Modal, Progress, Select, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { ApiProblem } from '../ui/api-problem.ts';
import { useApi } from '../ui/use-api.ts';
import { type AccountSnapshot, type FormatList, systemPath } from './account-types.ts';
import { FormatsHelp } from './formats-help.tsx';
import { ImportProblem } from './import-problem.tsx';
import { ImportResult } from './import-result.tsx';
import { type UploadProgress, uploadFiles } from './upload-files.ts';

export interface ImportAccountsModalProps {
  system: { id: string; name: string } | undefined;
  onClose(): void;
  /** Called once the new list is in force. */
  onImported(snapshot: AccountSnapshot): void;
}

const DETECT = 'detect';

/** Imports the files of one export of a system's accounts as its new list in force. */
export function ImportAccountsModal({ system, onClose, onImported }: ImportAccountsModalProps) {
  return (
    <Modal opened={system !== undefined} onClose={onClose} title={<Text fw={600}>Import {system?.name}’s accounts</Text>} centered size="lg">
      {system && <ImportForm system={system} onClose={onClose} onImported={onImported} />}
    </Modal>
  );
}

function ImportForm({ system, onClose, onImported }: { system: { id: string; name: string } } & Omit<ImportAccountsModalProps, 'system'>) {
  const formats = useApi<FormatList>('/api/account-formats');
  const [files, setFiles] = useState<File[]>([]);
  const [format, setFormat] = useState(DETECT);
  const [asOf, setAsOf] = useState('');
  const [progress, setProgress] = useState<UploadProgress>();
  const [problem, setProblem] = useState<ApiProblem>();
  const [imported, setImported] = useState<{ snapshot: AccountSnapshot; detected: boolean }>();
  const labelOf = (id: string) => formats.data?.formats.find((f) => f.id === id)?.label ?? id;
  const chosen = formats.data?.formats.find((f) => f.id === format);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    setProgress({ sent: 0, total: files.reduce((sum, file) => sum + file.size, 0) });
    const query = { format: format === DETECT ? undefined : format, asOf: asOf ? new Date(asOf).toISOString() : undefined };
    uploadFiles<AccountSnapshot>(`${systemPath(system.id)}/accounts/import`, files, query, setProgress).then(
      (snapshot) => {
        setImported({ snapshot, detected: format === DETECT });
        onImported(snapshot);
      },
      (failure: ApiProblem) => setProblem(failure),
    ).finally(() => setProgress(undefined));
  };

  if (imported) {
    return (
      <Stack gap="md">
        <ImportResult snapshot={imported.snapshot} formatLabel={labelOf(imported.snapshot.format)} detected={imported.detected} />
        <Group justify="flex-end">
          <Button onClick={onClose}>Done</Button>
        </Group>
      </Stack>
    );
  }

  const busy = progress !== undefined;
  const uploaded = progress && progress.total > 0 && progress.sent >= progress.total;
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Choose every file of one export of {system.name}: for GitHub, the members, the admins and the 2FA-disabled lists together. The format is
          detected from the files; each file’s SHA-256 is kept as evidence, and a file that cannot be read changes nothing.
        </Text>
        <FileInput label="The export’s files" placeholder="Choose one or more files" multiple required clearable value={files} onChange={setFiles} disabled={busy} />
        <Group grow align="flex-start">
          <Select
            label="Format"
            allowDeselect={false}
            data={[{ value: DETECT, label: 'Detect from the files' }, ...(formats.data?.formats ?? []).map((f) => ({ value: f.id, label: f.label }))]}
            value={format}
            onChange={(value) => value && setFormat(value)}
            description={chosen ? chosen.files : 'Name it only when changing a system’s format'}
            disabled={busy}
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput
            label="List taken at"
            type="datetime-local"
            description="Leave empty for now"
            value={asOf}
            onChange={(event) => setAsOf(event.currentTarget.value)}
            disabled={busy}
          />
        </Group>
        {formats.data && <FormatsHelp formats={formats.data} />}
        {progress && (
          <Stack gap={4}>
            <Progress value={uploaded || progress.total === 0 ? 100 : (100 * progress.sent) / progress.total} animated={Boolean(uploaded)} aria-label="Import progress" />
            <Text size="xs" c="dimmed">
              {uploaded ? 'Reading, matching and flagging the accounts…' : `Sending ${Math.round(progress.sent / 1024).toLocaleString('en-US')} of ${Math.round(progress.total / 1024).toLocaleString('en-US')} KB`}
            </Text>
          </Stack>
        )}
        {problem && <ImportProblem problem={problem} />}
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="default" onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" loading={busy} disabled={files.length === 0}>
            Import
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
