import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { User } from '../identity/identity-types.ts';
import { withArticle } from '../identity/role-descriptions.ts';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { formProblem } from '../ui/field-error.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { type RoleChoice, RoleFields, roleBody } from './role-fields.tsx';

export interface ChangeRoleModalProps {
  user: User | undefined;
  onClose(): void;
  onChanged(user: User): void;
}

/** A user's role, and an auditor's access dates. */
export function ChangeRoleModal({ user, onClose, onChanged }: ChangeRoleModalProps) {
  return (
    <Modal opened={user !== undefined} onClose={onClose} title={<Text fw={600}>Change the role of {user?.name}</Text>} centered>
      {user && <ChangeRoleForm user={user} onClose={onClose} onChanged={onChanged} />}
    </Modal>
  );
}

function ChangeRoleForm({ user, onClose, onChanged }: { user: User } & Omit<ChangeRoleModalProps, 'user'>) {
  const [choice, setChoice] = useState<RoleChoice>({ role: user.role, accessFrom: user.accessFrom ?? '', accessUntil: user.accessUntil ?? '' });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    sendJson<User>('PATCH', `/api/users/${encodeURIComponent(user.id)}`, roleBody(choice)).then(onChanged, (failure: ApiProblem) => {
      setProblem(failure);
      setBusy(false);
    });
  };

  const shown = formProblem(problem, ['role', 'accessFrom', 'accessUntil']);
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {user.email} is {withArticle(user.role)} now. The new role applies from their next request, and the change is
          recorded as evidence.
        </Text>
        {shown && <ProblemAlert problem={shown} title="The role was not changed" />}
        <RoleFields value={choice} onChange={setChoice} problem={problem} />
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
