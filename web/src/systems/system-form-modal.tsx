import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { fieldError, formProblem } from '../ui/field-error.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { type AddSystemBody, categoryLabels, classificationLabels, type System, type UpdateSystemBody } from './system-types.ts';

export interface SystemFormModalProps {
  opened: boolean;
  /** The system to edit; undefined to add one. */
  system: System | undefined;
  onClose(): void;
  onSaved(system: System): void;
}

const FIELDS = ['name', 'category', 'owner', 'classification', 'inScope', 'ssoEnforced', 'mfaEnforced', 'sessionTimeoutMinutes', 'defaultRole'] as const;

/** Every field, as the form holds them. */
type Fields = Required<AddSystemBody>;

const blank: Fields = { name: '', category: 'other', owner: '', classification: 'confidential', inScope: true, ssoEnforced: false, mfaEnforced: false, sessionTimeoutMinutes: null, defaultRole: null };

/** Adds a system to the inventory, or changes one; either is recorded as evidence. */
export function SystemFormModal({ opened, system, onClose, onSaved }: SystemFormModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={600}>{system ? `Edit ${system.name}` : 'Add a system'}</Text>} centered size="lg">
      {opened && <SystemForm system={system} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

function SystemForm({ system, onClose, onSaved }: Omit<SystemFormModalProps, 'opened'>) {
  const [form, setForm] = useState<Fields>(system ? (Object.fromEntries(FIELDS.map((key) => [key, system[key]])) as Fields) : blank);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => setForm((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const saved = system
      ? sendJson<System>('PATCH', `/api/systems/${encodeURIComponent(system.id)}`, Object.fromEntries(FIELDS.filter((key) => form[key] !== system[key]).map((key) => [key, form[key]])) as UpdateSystemBody)
      : sendJson<System>('POST', '/api/systems', form);
    saved.then(onSaved, (failure: ApiProblem) => {
      setProblem(failure);
      setBusy(false);
    });
  };

  const shown = formProblem(problem, [...FIELDS]);
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        {shown && <ProblemAlert problem={shown} title="Nothing was saved" />}
        <SimpleGrid cols={2}>
          <TextInput
            label="Name"
            required
            data-autofocus
            description={system ? `Its id stays ${system.id}` : 'Its id is made from the name: Google Workspace → google-workspace'}
            value={form.name}
            onChange={(event) => set('name', event.currentTarget.value)}
            error={fieldError(problem, 'name')}
          />
          <Select
            label="Category"
            allowDeselect={false}
            data={Object.entries(categoryLabels).map(([value, label]) => ({ value, label }))}
            value={form.category}
            onChange={(value) => value && set('category', value as Fields['category'])}
            error={fieldError(problem, 'category')}
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput
            label="Owner"
            required
            description="A person’s email, or a role such as CTO"
            value={form.owner}
            onChange={(event) => set('owner', event.currentTarget.value)}
            error={fieldError(problem, 'owner')}
          />
          <Select
            label="Classification"
            allowDeselect={false}
            description={classificationLabels[form.classification].holds}
            data={Object.entries(classificationLabels).map(([value, { label }]) => ({ value, label }))}
            value={form.classification}
            onChange={(value) => value && set('classification', value as Fields['classification'])}
            error={fieldError(problem, 'classification')}
            comboboxProps={{ withinPortal: true }}
          />
          <NumberInput
            label="Session timeout (minutes)"
            description="How long an idle session lasts; empty when unknown"
            min={1}
            allowDecimal={false}
            value={form.sessionTimeoutMinutes ?? ''}
            onChange={(value) => set('sessionTimeoutMinutes', typeof value === 'number' ? value : null)}
            error={fieldError(problem, 'sessionTimeoutMinutes')}
          />
          <TextInput
            label="Default role for a new hire"
            description="The least privilege they start with, such as member"
            value={form.defaultRole ?? ''}
            onChange={(event) => set('defaultRole', event.currentTarget.value || null)}
            error={fieldError(problem, 'defaultRole')}
          />
        </SimpleGrid>
        <Group gap="xl" mt="xs">
          <Switch label="In the audit’s scope" checked={form.inScope} onChange={(event) => set('inScope', event.currentTarget.checked)} />
          <Switch label="SSO enforced" checked={form.ssoEnforced} onChange={(event) => set('ssoEnforced', event.currentTarget.checked)} />
          <Switch label="MFA enforced" checked={form.mfaEnforced} onChange={(event) => set('mfaEnforced', event.currentTarget.checked)} />
        </Group>
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            {system ? 'Save' : 'Add the system'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
