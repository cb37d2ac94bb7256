import { Button, Group, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { actorName } from '../ui/actor-name.ts';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { fieldError, formProblem } from '../ui/field-error.ts';
import { formatDate } from '../ui/format-date.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { Section } from '../ui/section.tsx';
import { useWorkspace } from '../ui/workspace.tsx';
import { type AuditWindow, daysBetween, type WindowAnswer } from './audit-types.ts';

/** "12 months", "92 days": how long the window is. */
function length(window: { from: string; to: string }): string {
  const days = daysBetween(window.from, window.to) + 1;
  const months = Math.round(days / 30.44);
  return days >= 56 ? `${months} months` : `${days} days`;
}

/** The audit's observation period, which the readiness page and the auditor package cover by default; owners and admins set it. */
export function AuditWindowCard({ window, manage, onSaved }: { window: AuditWindow | null; manage: boolean; onSaved(): void }) {
  const { timeZone } = useWorkspace();
  const [editing, setEditing] = useState(false);
  return (
    <Section
      title="Audit window"
      description="The observation period the auditor tests, in the workspace’s time zone. The readiness page and the auditor package cover it unless told otherwise."
      actions={
        manage &&
        !editing && (
          <Button variant="default" onClick={() => setEditing(true)}>
            {window ? 'Change' : 'Set the window'}
          </Button>
        )
      }
    >
      {editing ? (
        <WindowForm
          window={window}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            onSaved();
          }}
        />
      ) : window ? (
        <Group gap="xl" data-testid="audit-window">
          <div>
            <Text size="xl" fw={600}>
              {window.from} to {window.to}
            </Text>
            <Text size="sm" c="dimmed">
              {length(window)}
              {window.firm ? ` · ${window.firm}` : ''}
            </Text>
          </div>
          <Text size="xs" c="dimmed">
            Set {formatDate(window.setAt, timeZone)} by {actorName(window.setBy)}
          </Text>
        </Group>
      ) : (
        <Text size="sm" c="dimmed" data-testid="audit-window">
          No audit window yet.{manage ? ' Set the period the auditor will observe: a Type 2 usually covers 3 to 12 months.' : ' An owner or admin sets it.'}
        </Text>
      )}
    </Section>
  );
}

function WindowForm({ window, onCancel, onSaved }: { window: AuditWindow | null; onCancel(): void; onSaved(): void }) {
  const [from, setFrom] = useState(window?.from ?? '');
  const [to, setTo] = useState(window?.to ?? '');
  const [firm, setFirm] = useState(window?.firm ?? '');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const save = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    sendJson<WindowAnswer>('PUT', '/api/audits/window', { from, to, firm: firm.trim() || null })
      .then(onSaved, (failure: ApiProblem) => setProblem(failure))
      .finally(() => setBusy(false));
  };
  const fields = ['from', 'to', 'firm'];
  const shown = formProblem(problem, fields);
  return (
    <form onSubmit={save} aria-label="Audit window">
      <Group align="flex-start" gap="sm">
        <TextInput type="date" label="First day" required value={from} onChange={(e) => setFrom(e.currentTarget.value)} error={fieldError(problem, 'from')} />
        <TextInput type="date" label="Last day" required value={to} onChange={(e) => setTo(e.currentTarget.value)} error={fieldError(problem, 'to')} />
        <TextInput label="Audit firm" placeholder="Optional" w={260} value={firm} onChange={(e) => setFirm(e.currentTarget.value)} error={fieldError(problem, 'firm')} />
        <Group gap="xs" mt={25}>
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            Save
          </Button>
        </Group>
      </Group>
      {shown && <ProblemAlert problem={shown} />}
    </form>
  );
}
