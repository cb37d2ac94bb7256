import { Button, Center, Loader, Title } from '@mantine/core';
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { navigate, useLocation } from '../app/router.tsx';
import { ApiProblem, getJson, sendJson } from '../ui/api.ts';
import { onSessionEnded, setCsrfToken } from '../ui/api-session.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { sentence } from '../ui/sentence.ts';
import { AuthFrame } from './auth-frame.tsx';
import { EnrolPage } from './enrol-page.tsx';
import type { SignedIn } from './identity-types.ts';
import { InvitePage } from './invite-page.tsx';
import { SecondFactorPage } from './second-factor-page.tsx';
import { type Session, SessionProvider } from './session-context.tsx';
import { SignInPage } from './sign-in-page.tsx';

type GateState =
  | { kind: 'checking' }
  | { kind: 'failed'; problem: ApiProblem }
  | { kind: 'signed-out'; notice: string | undefined }
  | { kind: 'signed-in'; signedIn: SignedIn };

// Set while this tab has a session: a 401 then means it ended (a timeout), which is worth saying;
// on a first visit it only means "not signed in yet".
const HAD_SESSION = 'groundwork:had-session';

/** Only paths inside this app: `next` comes from the URL, so it must not lead elsewhere. */
function localPath(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') && !value.startsWith('/sign-in') ? value : '/';
}

function inviteToken(pathname: string): string | undefined {
  const match = /^\/invite\/([^/]+)\/?$/.exec(pathname);
  return match ? decodeURIComponent(match[1]!) : undefined;
}

/**
 * Decides what the browser may see: the sign-in page, the second step of signing in or setting
 * up an authenticator app, or the app itself once the session is ready. A 401 from any request
 * returns here. The page asked for is kept as /sign-in?next=… and opened after signing in.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const { pathname, search } = useLocation();
  const [state, setState] = useState<GateState>({ kind: 'checking' });
  const [check, setCheck] = useState(0);

  const enter = useCallback((signedIn: SignedIn) => {
    setCsrfToken(signedIn.csrfToken);
    sessionStorage.setItem(HAD_SESSION, '1');
    setState({ kind: 'signed-in', signedIn });
  }, []);
  const leave = useCallback((notice?: string) => {
    setCsrfToken(undefined);
    sessionStorage.removeItem(HAD_SESSION);
    setState({ kind: 'signed-out', notice });
  }, []);

  // Several requests can fail at once when a session ends: the first says why (a timeout), the
  // later ones only that the session is over, so the first notice stays.
  useEffect(
    () =>
      onSessionEnded((problem) => {
        const notice = sessionStorage.getItem(HAD_SESSION) ? sentence(problem.detail) : undefined;
        setCsrfToken(undefined);
        sessionStorage.removeItem(HAD_SESSION);
        setState((current) => (current.kind === 'signed-out' ? current : { kind: 'signed-out', notice }));
      }),
    [],
  );
  useEffect(() => {
    const controller = new AbortController();
    getJson<SignedIn>('/api/auth/session', controller.signal).then(enter, (failure: unknown) => {
      // A 401 has already been reported to the listener above.
      if (failure instanceof ApiProblem && failure.status !== 401) setState({ kind: 'failed', problem: failure });
    });
    return () => controller.abort();
  }, [enter, check]);

  const signOut = useCallback(() => {
    sendJson('POST', '/api/auth/sign-out').then(
      () => {
        navigate('/sign-in');
        leave();
      },
      (failure: ApiProblem) => failure.status !== 401 && setState({ kind: 'failed', problem: failure }),
    );
  }, [leave]);

  const next = localPath(new URLSearchParams(search).get('next'));
  const token = inviteToken(pathname);
  const ready = state.kind === 'signed-in' && state.signedIn.stage === 'ready';
  useEffect(() => {
    if (token !== undefined) return;
    if (state.kind === 'signed-out' && pathname !== '/sign-in') {
      const here = pathname + search;
      navigate(here === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(here)}`, { replace: true });
    }
    if (ready && pathname === '/sign-in') navigate(next, { replace: true });
  }, [state.kind, ready, token, pathname, search, next]);

  const session = useMemo<Session | undefined>(() => {
    if (state.kind !== 'signed-in') return undefined;
    const { user, permissions } = state.signedIn;
    return {
      user,
      can: (permission) => permissions.includes(permission),
      signOut,
      signedOut: (notice) => {
        navigate('/sign-in');
        leave(notice);
      },
    };
  }, [state, signOut, leave]);

  if (token !== undefined) {
    return (
      <InvitePage
        token={token}
        onAccepted={(signedIn) => {
          navigate('/', { replace: true });
          enter(signedIn);
        }}
      />
    );
  }
  switch (state.kind) {
    case 'checking':
      return <FullPageLoader />;
    case 'failed':
      return (
        <AuthFrame>
          <Title order={2} size="h3">
            Groundwork cannot continue
          </Title>
          <ProblemAlert problem={state.problem} />
          <Button
            variant="default"
            onClick={() => {
              setState({ kind: 'checking' });
              setCheck((n) => n + 1);
            }}
          >
            Try again
          </Button>
        </AuthFrame>
      );
    case 'signed-out':
      return <SignInPage notice={state.notice} onSignedIn={enter} />;
  }
  if (state.signedIn.stage === 'second_factor') return <SecondFactorPage signedIn={state.signedIn} onVerified={enter} onSignOut={signOut} />;
  if (state.signedIn.stage === 'enrol') return <EnrolPage signedIn={state.signedIn} onDone={enter} onSignOut={signOut} />;
  if (pathname === '/sign-in' || !session) return <FullPageLoader />;
  return <SessionProvider session={session}>{children}</SessionProvider>;
}

function FullPageLoader() {
  return (
    <Center mih="100vh">
      <Loader aria-label="Checking your session" />
    </Center>
  );
}
