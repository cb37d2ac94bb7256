import { Badge, Button, Menu, Table, Text } from '@mantine/core';
import type { User } from '../identity/identity-types.ts';
import { roleLabels } from '../identity/role-descriptions.ts';

export type UserAction = 'change-role' | 'reinvite' | 'reset-mfa' | 'deactivate';

export interface UsersTableProps {
  users: User[];
  /** The signed-in user, who cannot manage their own account here. */
  me: string;
  /** Left out for roles that may only look. */
  onAction?: (action: UserAction, user: User) => void;
}

const statusBadges: Record<User['status'], { label: string; color: string }> = {
  invited: { label: 'Invited', color: 'yellow' },
  active: { label: 'Active', color: 'green' },
  deactivated: { label: 'Deactivated', color: 'gray' },
};

/** Every user: who, what role, whether they joined, and whether they use an authenticator app. */
export function UsersTable({ users, me, onAction }: UsersTableProps) {
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="sm" aria-label="Users">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>User</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Authenticator app</Table.Th>
            <Table.Th>Auditor access</Table.Th>
            {onAction && <Table.Th w={110} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id} data-email={user.email} c={user.status === 'deactivated' ? 'dimmed' : undefined}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {user.name}
                  {user.id === me && (
                    <Badge size="xs" variant="light" ml={6}>
                      You
                    </Badge>
                  )}
                </Text>
                <Text size="xs" c="dimmed">
                  {user.email}
                </Text>
              </Table.Td>
              <Table.Td>{roleLabels[user.role]}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={statusBadges[user.status].color}>
                  {statusBadges[user.status].label}
                </Badge>
              </Table.Td>
              <Table.Td>{user.mfaEnrolled ? 'On' : user.status === 'invited' ? '—' : 'Off'}</Table.Td>
              <Table.Td>{user.role === 'auditor' ? `${user.accessFrom ?? '?'} to ${user.accessUntil ?? '?'}` : '—'}</Table.Td>
              {onAction && (
                <Table.Td ta="right">
                  {user.id !== me && user.status !== 'deactivated' && <UserMenu user={user} onAction={onAction} />}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function UserMenu({ user, onAction }: { user: User; onAction: (action: UserAction, user: User) => void }) {
  return (
    <Menu position="bottom-end" width={230}>
      <Menu.Target>
        <Button size="xs" variant="default" aria-label={`Manage ${user.email}`}>
          Manage
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => onAction('change-role', user)}>Change role…</Menu.Item>
        {user.status === 'invited' && <Menu.Item onClick={() => onAction('reinvite', user)}>New invite link</Menu.Item>}
        {user.status === 'active' && <Menu.Item onClick={() => onAction('reinvite', user)}>Password reset link…</Menu.Item>}
        {user.mfaEnrolled && <Menu.Item onClick={() => onAction('reset-mfa', user)}>Reset authenticator app…</Menu.Item>}
        <Menu.Divider />
        <Menu.Item color="red" onClick={() => onAction('deactivate', user)}>
          Deactivate…
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
