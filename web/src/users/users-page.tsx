import { Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { User } from '../identity/identity-types.ts';
import { useSession } from '../identity/session-context.tsx';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { ConfirmModal } from '../ui/confirm-modal.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import { ChangeRoleModal } from './change-role-modal.tsx';
import { InviteLinkModal } from './invite-link-modal.tsx';
import { InviteUserModal } from './invite-user-modal.tsx';
import type { InviteLink, UserList } from './user-types.ts';
import { type UserAction, UsersTable } from './users-table.tsx';

/** /users: who may sign in to Groundwork, with what role; owners and admins invite, change and deactivate. */
export function UsersPage() {
  const { user: me, can } = useSession();
  const list = useApi<UserList>('/api/users');
  const [inviting, setInviting] = useState(false);
  const [invite, setInvite] = useState<{ user: User; link: InviteLink }>();
  const [action, setAction] = useState<{ action: UserAction; user: User }>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const manage = can('users:manage');

  const close = () => {
    setAction(undefined);
    setProblem(undefined);
  };
  const run = <T,>(path: string, then: (answer: T) => void) => {
    setBusy(true);
    setProblem(undefined);
    sendJson<T>('POST', path).then(then, (failure: ApiProblem) => setProblem(failure)).finally(() => setBusy(false));
  };
  const changed = () => {
    close();
    list.reload();
  };
  const onAction = (chosen: UserAction, user: User) => {
    if (chosen !== 'reinvite') return setAction({ action: chosen, user });
    run(`/api/users/${encodeURIComponent(user.id)}/invite`, (link: InviteLink) => setInvite({ user, link }));
  };
  const target = action?.user;

  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Users</Title>
          <Text c="dimmed" size="sm">
            Everyone who can sign in to Groundwork. Every invite, role change and deactivation is recorded as evidence.
          </Text>
        </div>
        {manage && <Button onClick={() => setInviting(true)}>Invite someone</Button>}
      </Group>
      {problem && !action && <ProblemAlert problem={problem} />}
      {list.error ? (
        <ProblemAlert problem={list.error} />
      ) : !list.data ? (
        <Center p="xl">
          <Loader aria-label="Loading users" />
        </Center>
      ) : (
        <UsersTable users={list.data.users} me={me.id} onAction={manage ? onAction : undefined} />
      )}
      {!manage && (
        <Text size="sm" c="dimmed">
          Your role can see the users but not change them.
        </Text>
      )}

      <InviteUserModal
        opened={inviting}
        onClose={() => setInviting(false)}
        onInvited={({ user, ...link }) => {
          setInviting(false);
          setInvite({ user, link });
          list.reload();
        }}
      />
      <InviteLinkModal invite={invite} onClose={() => setInvite(undefined)} />
      <ChangeRoleModal user={action?.action === 'change-role' ? target : undefined} onClose={close} onChanged={changed} />
      <ConfirmModal
        opened={action?.action === 'deactivate'}
        title={`Deactivate ${target?.name ?? ''}?`}
        confirmLabel="Deactivate"
        busy={busy}
        problem={problem}
        onConfirm={() => target && run(`/api/users/${encodeURIComponent(target.id)}/deactivate`, changed)}
        onClose={close}
      >
        {target?.email} is signed out everywhere at once, their API tokens stop working, and they can no longer sign in.
        Everything they did stays in the evidence log.
      </ConfirmModal>
      <ConfirmModal
        opened={action?.action === 'reset-mfa'}
        title={`Reset the authenticator app of ${target?.name ?? ''}?`}
        confirmLabel="Reset"
        busy={busy}
        problem={problem}
        onConfirm={() => target && run(`/api/users/${encodeURIComponent(target.id)}/reset-mfa`, changed)}
        onClose={close}
      >
        Do this when they lost their phone. {target?.email} is signed out everywhere, their recovery codes stop working,
        and they set up an app again when they next sign in.
      </ConfirmModal>
    </Stack>
  );
}
