import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { formProblem } from '../ui/field-error.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { type AddPersonBody, type PersonDetail, type RehireBody, type UpdatePersonBody, personUrl } from './people-types.ts';
import { emptyPerson, PersonFields, personFieldNames, type PersonValues, valuesOf } from './person-fields.tsx';

/** Adding someone new, changing someone's details, or bringing back someone who left. */
export type PersonForm = { mode: 'add' } | { mode: 'edit'; person: PersonDetail } | { mode: 'rehire'; person: PersonDetail };

const texts = {
  add: {
    title: 'Add a person',
    intro: 'Everyone who gets access goes in the directory: employees, contractors, freelancers, interns and short-term help. Onboarding starts from their page.',
    submit: 'Add person',
  },
  edit: { title: 'Change details', intro: 'Each change is recorded as evidence, with the value before and after.', submit: 'Save changes' },
  rehire: {
    title: 'Bring back',
    intro: 'A new engagement, onboarded from zero: nothing carries over from the last one, which stays on record as it was.',
    submit: 'Add the new engagement',
  },
};

export function PersonFormModal({ form, onClose, onSaved }: { form: PersonForm | undefined; onClose(): void; onSaved(person: PersonDetail): void }) {
  const text = form && texts[form.mode];
  return (
    <Modal opened={form !== undefined} onClose={onClose} title={<Text fw={600}>{text?.title}</Text>} centered size="lg">
      {form && <PersonFormBody form={form} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

const orNull = (text: string) => text.trim() || null;

function addBody(v: PersonValues): AddPersonBody {
  return { name: v.name, email: v.email, kind: v.kind, title: orNull(v.title), department: orNull(v.department), manager: orNull(v.manager), startOn: v.startOn, endOn: orNull(v.endOn), aliases: v.aliases };
}

function rehireBody(v: PersonValues, formerName: string): RehireBody {
  const { name, email: _email, aliases: _aliases, ...engagement } = addBody(v);
  return name.trim() === formerName ? engagement : { name, ...engagement };
}

/** Only what changed; a cleared field is null. */
function changes(before: PersonValues, after: PersonValues): UpdatePersonBody {
  const full = addBody(after);
  const old = addBody(before);
  return Object.fromEntries(Object.entries(full).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(old[key as keyof AddPersonBody])));
}

function PersonFormBody({ form, onClose, onSaved }: { form: PersonForm; onClose(): void; onSaved(person: PersonDetail): void }) {
  const initial = form.mode === 'add' ? emptyPerson : form.mode === 'edit' ? valuesOf(form.person) : { ...valuesOf(form.person), title: '', department: '', startOn: '', endOn: '' };
  const [value, setValue] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const text = texts[form.mode];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    const request =
      form.mode === 'add'
        ? sendJson<PersonDetail>('POST', '/api/people', addBody(value))
        : form.mode === 'edit'
          ? sendJson<PersonDetail>('PATCH', personUrl(form.person.id), changes(initial, value))
          : sendJson<PersonDetail>('POST', personUrl(form.person.id, '/engagements'), rehireBody(value, form.person.name));
    request.then(onSaved, (failure: ApiProblem) => {
      setProblem(failure);
      setBusy(false);
    });
  };

  const shown = formProblem(problem, personFieldNames);
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {text.intro}
        </Text>
        {shown && <ProblemAlert problem={shown} title="Nothing was saved" />}
        <PersonFields value={value} onChange={setValue} problem={problem} engagementOnly={form.mode === 'rehire'} personId={form.mode === 'add' ? undefined : form.person.id} />
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            {text.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
