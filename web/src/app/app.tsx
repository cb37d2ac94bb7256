import { Center, Loader, MantineProvider, Stack, Text, Title } from '@mantine/core';
import { AuthGate } from '../identity/auth-gate.tsx';
import { AcknowledgeLinkPage, acknowledgementToken } from '../policies/acknowledge-link-page.tsx';
import { useSession } from '../identity/session-context.tsx';
import { useApi } from '../ui/use-api.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { type WorkspaceInfo, WorkspaceProvider } from '../ui/workspace.tsx';
import { AppLayout } from './app-layout.tsx';
import { NotAllowed } from './not-allowed.tsx';
import { pageAt } from './pages.tsx';
import { Link, useLocation } from './router.tsx';
import { theme } from './theme.ts';

export function App() {
  return (
    <MantineProvider theme={theme}>
      <PublicOrSignedIn />
    </MantineProvider>
  );
}

/** An acknowledgement link opens without signing in; everything else is behind the gate. */
function PublicOrSignedIn() {
  const token = acknowledgementToken(useLocation().pathname);
  if (token !== undefined) return <AcknowledgeLinkPage token={token} />;
  return (
    <AuthGate>
      <WithWorkspace />
    </AuthGate>
  );
}

/** Every page shows dates in the workspace's zone, so nothing renders before it is known. */
function WithWorkspace() {
  const { data, error } = useApi<WorkspaceInfo>('/api/workspace');
  if (error) {
    return (
      <Center mih="100vh" p="lg">
        <Stack maw={560}>
          <Title order={2}>Groundwork</Title>
          <ProblemAlert problem={error} />
        </Stack>
      </Center>
    );
  }
  if (!data) {
    return (
      <Center mih="100vh">
        <Loader aria-label="Loading the workspace" />
      </Center>
    );
  }
  return (
    <WorkspaceProvider workspace={data}>
      <Routes />
    </WorkspaceProvider>
  );
}

function Routes() {
  const { pathname } = useLocation();
  const { user, can } = useSession();
  const page = pageAt(pathname);
  return (
    <AppLayout current={page?.path}>
      {!page ? <NotFound pathname={pathname} /> : page.permission && !can(page.permission) ? <NotAllowed role={user.role} page={page.label} /> : page.render()}
    </AppLayout>
  );
}

function NotFound({ pathname }: { pathname: string }) {
  return (
    <Stack maw={560}>
      <Title order={2}>Nothing here</Title>
      <Text>
        There is no page at {pathname}. Go to the <Link to="/">overview</Link>.
      </Text>
    </Stack>
  );
}
