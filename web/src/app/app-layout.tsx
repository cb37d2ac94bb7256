import { AppShell, Burger, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useSession } from '../identity/session-context.tsx';
import { UserMenu } from '../identity/user-menu.tsx';
import { useWorkspace } from '../ui/workspace.tsx';
import { pages } from './pages.tsx';
import { followLink } from './router.tsx';

/** The frame of every page: the workspace and the user in the header, the modules the role may see in the navbar. */
export function AppLayout({ current, children }: { current: string | undefined; children: ReactNode }) {
  const workspace = useWorkspace();
  const { can } = useSession();
  const [opened, { toggle, close }] = useDisclosure();
  const shown = pages.filter((page) => page.inNavigation !== false && (!page.permission || can(page.permission)));
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" gap="sm" wrap="nowrap" justify="space-between">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Text fw={700} size="lg">
              Groundwork
            </Text>
            <Text c="dimmed" size="sm" truncate>
              {workspace.name}
            </Text>
          </Group>
          <UserMenu />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Modules">
        {shown.map((page) => (
          <NavLink
            key={page.path}
            href={page.path}
            label={page.label}
            active={page.path === current}
            onClick={(event) => {
              followLink(event, page.path);
              close();
            }}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
