import { Alert, Button, Group, Modal, MultiSelect, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { fieldError, formProblem } from '../ui/field-error.ts';
import { plural } from '../ui/plural.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useWorkspace } from '../ui/workspace.tsx';
import type { PersonSummary, ReductionInForceBody } from './people-types.ts';
import { instantOf, localInputValue } from './zoned-time.ts';

export interface ReductionInForceModalProps {
  opened: boolean;
  /** Everyone in the directory; only active people are offered. */
  people: PersonSummary[];
  onClose(): void;
  onDone(count: number): void;
}

export function ReductionInForceModal({ opened, people, onClose, onDone }: ReductionInForceModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={600}>Reduction in force</Text>} centered size="lg">
      {opened && <RifForm people={people} onClose={onClose} onDone={onDone} />}
    </Modal>
  );
}

/** Several people, one coordinated cut-off time: every offboarding starts in one go, or none does. */
function RifForm({ people, onClose, onDone }: Omit<ReductionInForceModalProps, 'opened'>) {
  const { timeZone } = useWorkspace();
  const [chosen, setChosen] = useState<string[]>([]);
  const [terminatesAt, setTerminatesAt] = useState(() => localInputValue(new Date(), timeZone));
  const [conversationAt, setConversationAt] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const active = people.filter((p) => p.current.status === 'active');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!confirming) return setConfirming(true);
    setBusy(true);
    setProblem(undefined);
    const body: ReductionInForceBody = {
      people: chosen,
      terminatesAt: instantOf(terminatesAt, timeZone) ?? terminatesAt,
      ...(conversationAt ? { conversationAt: instantOf(conversationAt, timeZone) ?? conversationAt } : {}),
    };
    sendJson('POST', '/api/people/reduction-in-force', body).then(
      () => onDone(chosen.length),
      (failure: ApiProblem) => {
        setProblem(failure);
        setBusy(false);
        setConfirming(false);
      },
    );
  };

  const shown = formProblem(problem, ['terminatesAt', 'conversationAt']);
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Everyone chosen loses access at the same cut-off time. Each gets their own offboarding checklist, due by the end of that day, and the
          evidence ties them together as one reduction in force. If one of them cannot be offboarded, nothing starts.
        </Text>
        {shown && <ProblemAlert problem={shown} title="No offboarding was started" />}
        <MultiSelect
          label="People"
          placeholder={chosen.length === 0 ? 'Choose the people leaving' : undefined}
          searchable
          required
          data={active.map((p) => ({ value: p.id, label: `${p.name} (${p.email})` }))}
          value={chosen}
          onChange={setChosen}
          disabled={confirming}
          nothingFoundMessage="Nobody active matches"
          comboboxProps={{ withinPortal: true }}
        />
        <Group grow align="flex-start">
          <TextInput
            label="Access cut-off"
            description={`In ${timeZone}`}
            type="datetime-local"
            disabled={confirming}
            required
            value={terminatesAt}
            onChange={(e) => setTerminatesAt(e.currentTarget.value)}
            error={fieldError(problem, 'terminatesAt')}
          />
          <TextInput
            label="Conversation"
            description="Optional: when they are told. Access is cut before it."
            type="datetime-local"
            disabled={confirming}
            value={conversationAt}
            onChange={(e) => setConversationAt(e.currentTarget.value)}
            error={fieldError(problem, 'conversationAt')}
          />
        </Group>
        {confirming && (
          <Alert color="red" variant="light" title="Confirm the reduction in force">
            {active
              .filter((p) => chosen.includes(p.id))
              .map((p) => p.name)
              .join(', ')}{' '}
            {chosen.length === 1 ? 'loses' : 'lose'} access at {terminatesAt.replace('T', ' ')} ({timeZone}). This starts {plural(chosen.length, 'offboarding')} and cannot be undone.
          </Alert>
        )}
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="default" onClick={confirming ? () => setConfirming(false) : onClose}>
            {confirming ? 'Back' : 'Cancel'}
          </Button>
          <Button type="submit" color="red" loading={busy} disabled={chosen.length === 0}>
            {confirming ? 'Confirm and offboard' : chosen.length === 0 ? 'Offboard…' : `Offboard ${plural(chosen.length, 'person', 'people')}…`}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
