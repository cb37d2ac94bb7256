import { Button, FileInput, Group, Modal, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { fieldError, formProblem } from '../ui/field-error.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useWorkspace } from '../ui/workspace.tsx';
import { outcomeLabel } from './checklist-labels.ts';
import type { Checklist, ChecklistItem, CompleteItemBody } from './people-types.ts';
import { fileBody } from './read-file.ts';
import { instantOf, localInputValue } from './zoned-time.ts';

export interface ItemToComplete {
  checklistId: string;
  item: ChecklistItem;
  /** "Alex's offboarding" */
  of: string;
  /** Who confirms it, when that is someone other than the signed-in user: their confirmation is being recorded for them. */
  onBehalfOf?: string;
}

export function CompleteItemModal({ target, onClose, onDone }: { target: ItemToComplete | undefined; onClose(): void; onDone(checklist: Checklist): void }) {
  return (
    <Modal opened={target !== undefined} onClose={onClose} title={<Text fw={600}>{target?.item.title}</Text>} centered size="lg">
      {target && <CompleteItemForm key={`${target.checklistId}:${target.item.key}`} target={target} onClose={onClose} onDone={onDone} />}
    </Modal>
  );
}

const fields = ['outcome', 'forwardUntil', 'link', 'file', 'note', 'effectiveAt'];

/** The proof this item asks for, and when it was done; the server decides whether it is enough. */
function CompleteItemForm({ target, onClose, onDone }: { target: ItemToComplete; onClose(): void; onDone(checklist: Checklist): void }) {
  const { timeZone } = useWorkspace();
  const { item } = target;
  const [startedAt] = useState(() => localInputValue(new Date(), timeZone));
  const [outcome, setOutcome] = useState(item.outcomes[0] ?? 'done');
  const [forwardUntil, setForwardUntil] = useState('');
  const [link, setLink] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const [effectiveAt, setEffectiveAt] = useState(startedAt);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const exceptional = outcome === 'not-returned' || outcome === 'not-needed';
  const noteHint = target.onBehalfOf
    ? `Required: you are recording ${target.onBehalfOf}’s confirmation, so say how they gave it (by email, in chat, in person).`
    : exceptional
      ? 'Required: say why. An auditor asks about this answer.'
      : 'Optional: anything an auditor should know.';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    const send = async () => {
      const body: CompleteItemBody = {
        ...(item.outcomes.length > 1 ? { outcome } : {}),
        ...(outcome === 'forwarded' ? { forwardUntil } : {}),
        ...(link.trim() ? { link: link.trim() } : {}),
        ...(file ? { file: await fileBody(file) } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(effectiveAt !== startedAt ? { effectiveAt: instantOf(effectiveAt, timeZone) ?? effectiveAt } : {}),
      };
      return sendJson<Checklist>('POST', `/api/checklists/${encodeURIComponent(target.checklistId)}/items/${encodeURIComponent(item.key)}`, body);
    };
    send().then(onDone, (failure: ApiProblem) => {
      setProblem(failure);
      setBusy(false);
    });
  };

  const shown = formProblem(problem, fields);
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {target.of}: due by {item.dueOn}. What you record here is kept as evidence, with your name and the time it took effect.
        </Text>
        {shown && <ProblemAlert problem={shown} title="Not recorded" />}
        {item.outcomes.length > 1 && (
          <div>
            <Text size="sm" fw={500} mb={4}>
              What did you find?
            </Text>
            <SegmentedControl aria-label="Outcome" data={item.outcomes.map((value) => ({ value, label: outcomeLabel(value) }))} value={outcome} onChange={setOutcome} />
            {fieldError(problem, 'outcome') && (
              <Text size="xs" c="red" mt={4}>
                {fieldError(problem, 'outcome')}
              </Text>
            )}
          </div>
        )}
        {outcome === 'forwarded' && (
          <TextInput label="Forwarding ends on" type="date" required value={forwardUntil} onChange={(e) => setForwardUntil(e.currentTarget.value)} error={fieldError(problem, 'forwardUntil')} />
        )}
        {item.proof === 'link' && (
          <TextInput
            label="Link to the proof"
            description="Where the record is kept: the background-check report, the ticket, the signed document"
            placeholder="https://"
            required
            value={link}
            onChange={(e) => setLink(e.currentTarget.value)}
            error={fieldError(problem, 'link')}
          />
        )}
        {item.proof === 'file' && (
          <FileInput
            label="The signed document"
            description="Kept in the evidence store, fingerprinted by its SHA-256"
            placeholder="Choose a file"
            required
            clearable
            value={file}
            onChange={setFile}
            error={fieldError(problem, 'file')}
          />
        )}
        <Textarea
          label="Note"
          description={noteHint}
          withAsterisk={exceptional || target.onBehalfOf !== undefined}
          autosize
          minRows={2}
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={fieldError(problem, 'note')}
        />
        <TextInput
          label="Done at"
          description={`In ${timeZone}. Change it if it was done earlier than now.`}
          type="datetime-local"
          required
          value={effectiveAt}
          onChange={(e) => setEffectiveAt(e.currentTarget.value)}
          error={fieldError(problem, 'effectiveAt')}
        />
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            Record as done
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
