import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import type { MouseEvent } from 'react';
import { followLink } from '../app/router.tsx';
import { roleLabels } from './role-descriptions.ts';
import { useSession } from './session-context.tsx';

/** Who is signed in, with their role, in the header; their account and signing out behind it. */
export function UserMenu() {
  const { user, signOut } = useSession();
  return (
    <Menu position="bottom-end" width={260}>
      <Menu.Target>
        <UnstyledButton aria-label={`Account menu for ${user.name}`} data-testid="user-menu">
          <Group gap="xs" wrap="nowrap">
            <Avatar name={user.name} color="initials" size="sm" />
            <div>
              <Text size="sm" fw={500} lh={1.2}>
                {user.name}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2}>
                {roleLabels[user.role]}
              </Text>
            </div>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        <Menu.Item component="a" href="/account" onClick={(event: MouseEvent<HTMLElement>) => followLink(event, '/account')}>
          My account
        </Menu.Item>
        <Menu.Item onClick={signOut}>Sign out</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
