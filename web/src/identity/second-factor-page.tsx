import { Anchor, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { fieldError, formProblem } from '../ui/field-error.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { AuthFrame } from './auth-frame.tsx';
import type { SignedIn } from './identity-types.ts';
import { useCredentialSubmit } from './use-credential-submit.ts';

export interface SecondFactorPageProps {
  signedIn: SignedIn;
  onVerified(signedIn: SignedIn): void;
  onSignOut(): void;
}

/** The second step of signing in: the code from the authenticator app, or a recovery code. */
export function SecondFactorPage({ signedIn, onVerified, onSignOut }: SecondFactorPageProps) {
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState('');
  const { busy, problem, wait, submit, clearProblem } = useCredentialSubmit('/api/auth/second-factor', onVerified);

  const switchMethod = () => {
    setRecovery(!recovery);
    setCode('');
    clearProblem();
  };

  const shown = formProblem(problem, ['code']);
  return (
    <AuthFrame>
      <Title order={2} size="h3">
        {recovery ? 'Enter a recovery code' : 'Enter your code'}
      </Title>
      <Text size="sm">
        {recovery
          ? 'Use one of the ten recovery codes you saved when you set up your authenticator app. Each code works once.'
          : `Open your authenticator app and enter the 6-digit code it shows for Groundwork (${signedIn.user.email}).`}
      </Text>
      <form onSubmit={(event) => submit(event, { code })}>
        <Stack gap="sm">
          {shown && <ProblemAlert problem={shown} title="Sign-in failed" />}
          <TextInput
            key={recovery ? 'recovery' : 'totp'}
            label={recovery ? 'Recovery code' : '6-digit code'}
            placeholder={recovery ? 'xxxxx-xxxxx' : '123456'}
            autoComplete="one-time-code"
            inputMode={recovery ? 'text' : 'numeric'}
            maxLength={recovery ? 20 : 6}
            required
            withAsterisk={false}
            autoFocus
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            error={fieldError(problem, 'code')}
          />
          <Button type="submit" loading={busy} disabled={wait > 0} fullWidth>
            {wait > 0 ? `Verify (wait ${wait} s)` : 'Verify'}
          </Button>
        </Stack>
      </form>
      <Group justify="space-between">
        <Anchor component="button" type="button" size="sm" onClick={switchMethod}>
          {recovery ? 'Use the code from my app' : 'Use a recovery code'}
        </Anchor>
        <Anchor component="button" type="button" size="sm" c="dimmed" onClick={onSignOut}>
          Sign out
        </Anchor>
      </Group>
      {recovery && (
        <Text size="xs" c="dimmed">
          Lost your phone and your recovery codes? Ask an owner or admin of your workspace to reset your authenticator
          app; you then set it up again when you sign in.
        </Text>
      )}
    </AuthFrame>
  );
}
