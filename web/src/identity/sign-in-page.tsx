import { Alert, Button, Center, Code, Divider, Loader, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useLocation } from '../app/router.tsx';
import { fieldError, formProblem } from '../ui/field-error.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { sentence } from '../ui/sentence.ts';
import { useApi } from '../ui/use-api.ts';
import { AuthFrame } from './auth-frame.tsx';
import type { SignedIn, SignInOptions } from './identity-types.ts';
import { useCredentialSubmit } from './use-credential-submit.ts';

export interface SignInPageProps {
  /** Why the previous session ended, when it ended by itself (a timeout). */
  notice: string | undefined;
  onSignedIn(signedIn: SignedIn): void;
}

/** Email and password, single sign-on, or, on a new server, how to create the first account. */
export function SignInPage({ notice, onSignedIn }: SignInPageProps) {
  const { search } = useLocation();
  // Single sign-on sends people back to /sign-in?error=… when the identity provider refused them.
  const query = new URLSearchParams(search);
  const ssoError = query.get('error');
  // The server keeps `next` only when it is a page of Groundwork.
  const ssoHref = `/api/auth/sso/start${query.get('next') ? `?next=${encodeURIComponent(query.get('next')!)}` : ''}`;
  const options = useApi<SignInOptions>('/api/auth/options');
  const setup = options.data?.setupRequired === true;
  return (
    <AuthFrame>
      <Title order={2} size="h3">
        {setup ? 'Set up Groundwork' : 'Sign in'}
      </Title>
      {notice && (
        <Alert color="yellow" variant="light" title="You were signed out" data-testid="signed-out-notice">
          {notice}
        </Alert>
      )}
      {ssoError && (
        <Alert color="red" variant="light" title="Single sign-on did not work" role="alert">
          {sentence(ssoError)}
        </Alert>
      )}
      {options.error ? (
        <ProblemAlert problem={options.error} />
      ) : !options.data ? (
        <Center p="md">
          <Loader size="sm" aria-label="Loading sign-in options" />
        </Center>
      ) : setup ? (
        <SetupRequired />
      ) : (
        <SignInChoices options={options.data} ssoHref={ssoHref} onSignedIn={onSignedIn} />
      )}
    </AuthFrame>
  );
}

function SetupRequired() {
  return (
    <>
      <Text size="sm">
        Nobody has an account here yet. When the server started, it printed a one-time setup link in its console (the
        output of <Code>groundwork serve</Code>). Open that link to create the owner account; it works for one hour.
      </Text>
      <Text size="sm">If you no longer have the link, run this on the server instead:</Text>
      <Code block style={{ whiteSpace: 'pre-wrap' }}>
        groundwork user add --email you@company.com --role owner
      </Code>
    </>
  );
}

function SignInChoices({ options, ssoHref, onSignedIn }: { options: SignInOptions; ssoHref: string; onSignedIn(signedIn: SignedIn): void }) {
  const sso = options.sso.enabled && (
    <Button component="a" href={ssoHref} variant={options.password ? 'default' : 'filled'} fullWidth>
      Sign in with SSO
    </Button>
  );
  if (!options.password) {
    return (
      <>
        <Text size="sm">This workspace signs in through your company’s identity provider.</Text>
        {sso}
      </>
    );
  }
  return (
    <>
      <PasswordForm onSignedIn={onSignedIn} />
      {sso && (
        <>
          <Divider label="or" />
          {sso}
        </>
      )}
    </>
  );
}

function PasswordForm({ onSignedIn }: { onSignedIn(signedIn: SignedIn): void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, problem, wait, submit } = useCredentialSubmit('/api/auth/sign-in', onSignedIn);

  const shown = formProblem(problem, ['email', 'password']);
  return (
    <form onSubmit={(event) => submit(event, { email, password })}>
      <Stack gap="sm">
        {shown && <ProblemAlert problem={shown} title="Sign-in failed" />}
        <TextInput
          label="Email"
          type="email"
          autoComplete="username"
          required
          withAsterisk={false}
          autoFocus
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={fieldError(problem, 'email')}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          required
          withAsterisk={false}
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={fieldError(problem, 'password')}
        />
        <Button type="submit" loading={busy} disabled={wait > 0} fullWidth mt="xs">
          {wait > 0 ? `Sign in (wait ${wait} s)` : 'Sign in'}
        </Button>
      </Stack>
    </form>
  );
}
