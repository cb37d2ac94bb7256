import { Button, FileInput, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { fileBody } from '../people/read-file.ts';
import { ApiProblem, sendJson } from '../ui/api.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import type { ControlView, OperationItem } from './readiness-types.ts';

/** Attach a file to a manual control: the restore test report, the board minutes. */
export function AttachEvidenceModal({ control, onClose, onDone }: { control: ControlView; onClose(): void; onDone(): void }) {
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const [done, setDone] = useState('');
  const [problem, setProblem] = useState<ApiProblem>();
  const [busy, setBusy] = useState(false);
  async function submit() {
    if (!file) return;
    setBusy(true);
    try {
      await sendJson('POST', `/api/controls/${control.id}/evidence`, { file: await fileBody(file), note: note || undefined, effectiveAt: done ? new Date(`${done}T12:00:00`).toISOString() : undefined });
      onDone();
    } catch (error) {
      setProblem(error as ApiProblem);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal opened onClose={onClose} title={`Attach evidence to ${control.id}`} size="lg">
      <Stack gap="sm">
        <Text size="sm">{control.evidence}</Text>
        <FileInput label="File" placeholder="Choose the file" value={file} onChange={setFile} required />
        <TextInput label="What it shows" value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <TextInput type="date" label="When the work was done" description="Leave empty for today" value={done} onChange={(e) => setDone(e.currentTarget.value)} />
        {problem && <ProblemAlert problem={problem} />}
        <Button onClick={submit} loading={busy} disabled={!file}>
          Attach
        </Button>
      </Stack>
    </Modal>
  );
}

/** Explain one late or missed item: an auditor reads the reason beside it. */
export function ExceptionModal({ control, item, onClose, onDone }: { control: ControlView; item: OperationItem; onClose(): void; onDone(): void }) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<ApiProblem>();
  const [busy, setBusy] = useState(false);
  async function submit() {
    setBusy(true);
    try {
      await sendJson('POST', `/api/controls/${control.id}/exceptions`, { ref: item.ref, reason });
      onDone();
    } catch (error) {
      setProblem(error as ApiProblem);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal opened onClose={onClose} title={`Exception for ${control.id}`} size="lg">
      <Stack gap="sm">
        <Text size="sm">
          {item.label}: {item.detail}
        </Text>
        <Textarea label="What happened, and why it was acceptable" minRows={3} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required />
        {problem && <ProblemAlert problem={problem} />}
        <Button onClick={submit} loading={busy} disabled={!reason.trim()}>
          Record exception
        </Button>
      </Stack>
    </Modal>
  );
}
