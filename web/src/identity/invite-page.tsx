import { Button, Center, Loader, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link } from '../app/router.tsx';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { fieldError, formProblem } from '../ui/field-error.ts';
import { formatDateTime } from '../ui/format-date.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import { AuthFrame } from './auth-frame.tsx';
import type { InviteView, SignedIn } from './identity-types.ts';
import { PasswordRules } from './password-rules.tsx';
import { roleSentence, withArticle } from './role-descriptions.ts';

export interface InvitePageProps {
  token: string;
  onAccepted(signedIn: SignedIn): void;
}

/** /invite/:token: an invite, or the first-run setup link that creates the owner. */
export function InvitePage({ token, onAccepted }: InvitePageProps) {
  const invite = useApi<InviteView>(`/api/auth/invites/${encodeURIComponent(token)}`);
  if (invite.error) {
    return (
      <AuthFrame>
        <Title order={2} size="h3">
          This link cannot be used
        </Title>
        <ProblemAlert problem={invite.error} title={invite.error.status === 404 ? 'Unknown link' : 'Link no longer valid'} />
        <Text size="sm">
          Already have an account? <Link to="/sign-in">Sign in</Link>.
        </Text>
      </AuthFrame>
    );
  }
  if (!invite.data) {
    return (
      <Center mih="100vh">
        <Loader aria-label="Checking the link" />
      </Center>
    );
  }
  return (
    <AuthFrame width={480}>
      <AcceptForm token={token} invite={invite.data} onAccepted={onAccepted} />
    </AuthFrame>
  );
}

function AcceptForm({ token, invite, onAccepted }: { token: string; invite: InviteView; onAccepted(signedIn: SignedIn): void }) {
  const setup = invite.kind === 'setup';
  const reset = invite.kind === 'password_reset';
  const [email, setEmail] = useState('');
  const [name, setName] = useState(invite.name ?? '');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password !== confirm) {
      setMismatch(true);
      return;
    }
    setBusy(true);
    const body = { ...(setup ? { email } : {}), ...(reset ? {} : { name }), password };
    sendJson<SignedIn>('POST', `/api/auth/invites/${encodeURIComponent(token)}/accept`, body).then(onAccepted, (failure: ApiProblem) => {
      setProblem(failure);
      setBusy(false);
    });
  };

  const shown = formProblem(problem, ['email', 'name', 'password']);
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <form onSubmit={submit}>
      <Stack gap="md">
        <div>
          <Title order={2} size="h3">
            {setup ? 'Create the owner account' : reset ? 'Choose a new password' : `Join Groundwork as ${withArticle(invite.role)}`}
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            {setup
              ? 'You are setting up Groundwork. The owner can do everything: invite the rest of the team, keep the evidence, and choose how people sign in.'
              : reset
                ? `For ${invite.email}. Every browser signed in with the old password is signed out.`
                : `You were invited as ${invite.email}. ${roleSentence(invite.role)}`}
          </Text>
        </div>
        {shown && <ProblemAlert problem={shown} title={reset ? 'Your password was not changed' : 'Your account was not created'} />}
        {setup && (
          <TextInput
            label="Your work email"
            type="email"
            autoComplete="username"
            required
            autoFocus
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={fieldError(problem, 'email')}
          />
        )}
        {!reset && (
          <TextInput
            label="Your name"
            autoComplete="name"
            autoFocus={!setup}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={fieldError(problem, 'name')}
          />
        )}
        <PasswordRules />
        <PasswordInput
          label="Password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(event) => {
            setPassword(event.currentTarget.value);
            setMismatch(false);
          }}
          error={fieldError(problem, 'password')}
        />
        <PasswordInput
          label="Confirm password"
          autoComplete="new-password"
          required
          value={confirm}
          onChange={(event) => {
            setConfirm(event.currentTarget.value);
            setMismatch(false);
          }}
          error={mismatch ? 'The two passwords are different' : undefined}
        />
        <Button type="submit" loading={busy} fullWidth>
          {reset ? 'Set my new password' : 'Create my account'}
        </Button>
        <Text size="xs" c="dimmed">
          This link works once, until {formatDateTime(invite.expiresAt, browserZone)} ({browserZone}).
        </Text>
      </Stack>
    </form>
  );
}
