import { Alert, Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { fieldError, formProblem } from '../ui/field-error.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useWorkspace } from '../ui/workspace.tsx';
import { type Checklist, type OffboardingBody, type OffboardingReason, type PersonDetail, personUrl } from './people-types.ts';
import { instantOf, localInputValue } from './zoned-time.ts';

export function StartOffboardingModal({ person, onClose, onStarted }: { person: PersonDetail | undefined; onClose(): void; onStarted(checklist: Checklist): void }) {
  return (
    <Modal opened={person !== undefined} onClose={onClose} title={<Text fw={600}>Start {person?.name}’s offboarding</Text>} centered size="lg">
      {person && <OffboardingForm person={person} onClose={onClose} onStarted={onStarted} />}
    </Modal>
  );
}

function reasons(person: PersonDetail): { value: OffboardingReason; label: string; description: string }[] {
  return [
    { value: 'voluntary', label: 'Voluntary', description: 'They resigned or retired.' },
    { value: 'involuntary', label: 'Involuntary', description: 'They are let go. Access is cut before they are told.' },
    {
      value: 'contract-end',
      label: 'End of contract',
      description: person.current.endOn ? `The engagement ends as agreed, on ${person.current.endOn}.` : 'Only for an engagement with an end date; this one has none.',
    },
  ];
}

/** When access ends and why; for an involuntary termination, when they are told. */
function OffboardingForm({ person, onClose, onStarted }: { person: PersonDetail; onClose(): void; onStarted(checklist: Checklist): void }) {
  const { timeZone } = useWorkspace();
  const [terminatesAt, setTerminatesAt] = useState(() => localInputValue(new Date(), timeZone));
  const [reason, setReason] = useState<OffboardingReason>(person.current.pastEndDate ? 'contract-end' : 'voluntary');
  const [conversationAt, setConversationAt] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const involuntary = reason === 'involuntary';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    const body: OffboardingBody = {
      terminatesAt: instantOf(terminatesAt, timeZone) ?? terminatesAt,
      reason,
      ...(involuntary && conversationAt ? { conversationAt: instantOf(conversationAt, timeZone) ?? conversationAt } : {}),
    };
    sendJson<Checklist>('POST', personUrl(person.id, '/offboarding'), body).then(onStarted, (failure: ApiProblem) => {
      setProblem(failure);
      setBusy(false);
    });
  };

  const shown = formProblem(problem, ['terminatesAt', 'reason', 'conversationAt']);
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          The checklist gets one item per system in the inventory (revoke the account, or confirm there is none) and one per asset they hold. Every
          access item is due by the end of the termination day; that deadline is tracked and shows on time or late in the evidence.
        </Text>
        {shown && <ProblemAlert problem={shown} title="The offboarding was not started" />}
        <Radio.Group label="Reason" value={reason} onChange={(value) => setReason(value as OffboardingReason)} error={fieldError(problem, 'reason')}>
          <Stack gap={6} mt={4}>
            {reasons(person).map((r) => (
              <Radio key={r.value} value={r.value} label={r.label} description={r.description} />
            ))}
          </Stack>
        </Radio.Group>
        <TextInput
          label="Access ends at"
          description={`The termination time, in ${timeZone}`}
          type="datetime-local"
          required
          value={terminatesAt}
          onChange={(e) => setTerminatesAt(e.currentTarget.value)}
          error={fieldError(problem, 'terminatesAt')}
        />
        {involuntary && (
          <>
            <Alert color="orange" variant="light" title="Access is cut before the conversation">
              Someone who learns they are let go while they still have access can take data or do damage. Revoke everything before you tell them;
              anything revoked after the conversation time is flagged as an exception.
            </Alert>
            <TextInput
              label="Conversation at"
              description={`When they are told, in ${timeZone}`}
              type="datetime-local"
              required
              value={conversationAt}
              onChange={(e) => setConversationAt(e.currentTarget.value)}
              error={fieldError(problem, 'conversationAt')}
            />
          </>
        )}
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" color="red" loading={busy}>
            Start offboarding
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
