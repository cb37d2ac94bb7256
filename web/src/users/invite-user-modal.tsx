import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { fieldError, formProblem } from '../ui/field-error.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { type RoleChoice, RoleFields, roleBody } from './role-fields.tsx';
import type { InvitedUser } from './user-types.ts';

export interface InviteUserModalProps {
  opened: boolean;
  onClose(): void;
  onInvited(invited: InvitedUser): void;
}

/** Adds a user, who joins through a single-use link. */
export function InviteUserModal({ opened, onClose, onInvited }: InviteUserModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={600}>Invite someone</Text>} centered size="md">
      {opened && <InviteForm onClose={onClose} onInvited={onInvited} />}
    </Modal>
  );
}

function InviteForm({ onClose, onInvited }: Omit<InviteUserModalProps, 'opened'>) {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [choice, setChoice] = useState<RoleChoice>({ role: 'member', accessFrom: '', accessUntil: '' });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    sendJson<InvitedUser>('POST', '/api/users', { email, ...(name.trim() ? { name } : {}), ...roleBody(choice) }).then(onInvited, (failure: ApiProblem) => {
      setProblem(failure);
      setBusy(false);
    });
  };

  const shown = formProblem(problem, ['email', 'name', 'role', 'accessFrom', 'accessUntil']);
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Groundwork makes a link for them to set their password. It does not send email: you pass the link on.
        </Text>
        {shown && <ProblemAlert problem={shown} title="Nobody was invited" />}
        <TextInput
          label="Email"
          type="email"
          required
          data-autofocus
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={fieldError(problem, 'email')}
        />
        <TextInput
          label="Name"
          description="Optional; they can change it when they accept"
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={fieldError(problem, 'name')}
        />
        <RoleFields value={choice} onChange={setChoice} problem={problem} />
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            Create invite link
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
