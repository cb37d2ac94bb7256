import { Button, Center, Code, CopyButton, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { fieldError, formProblem } from '../ui/field-error.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import type { TotpConfirmation, TotpEnrolment } from './identity-types.ts';
import { TotpQrCode } from './totp-qr-code.tsx';

/**
 * Adds an authenticator app: asks the server for a new secret, shows it as a QR code and as
 * text, and confirms with a code from the app. The answer carries the recovery codes, once.
 */
export function TotpSetup({ onConfirmed }: { onConfirmed(result: TotpConfirmation): void }) {
  const [enrolment, setEnrolment] = useState<TotpEnrolment>();
  const [startProblem, setStartProblem] = useState<ApiProblem>();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();

  useEffect(() => {
    let current = true;
    sendJson<TotpEnrolment>('POST', '/api/auth/totp').then(
      (answer) => current && setEnrolment(answer),
      (failure: ApiProblem) => current && setStartProblem(failure),
    );
    return () => {
      current = false;
    };
  }, []);

  if (startProblem) return <ProblemAlert problem={startProblem} title="Could not start setting up the app" />;
  if (!enrolment) {
    return (
      <Center p="lg">
        <Loader size="sm" aria-label="Preparing your authenticator key" />
      </Center>
    );
  }

  const confirm = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    sendJson<TotpConfirmation>('POST', '/api/auth/totp/confirm', { code }).then(onConfirmed, (failure: ApiProblem) => {
      setProblem(failure);
      setBusy(false);
    });
  };
  const shown = formProblem(problem, ['code']);
  return (
    <Stack gap="lg">
      <Step number={1} title="Install an authenticator app on your phone">
        Google Authenticator, Microsoft Authenticator, 1Password or any other app that shows 6-digit codes.
      </Step>
      <Step number={2} title="Add Groundwork to the app">
        <Group align="center" gap="lg" wrap="nowrap" mt={6}>
          <TotpQrCode uri={enrolment.uri} />
          <Stack gap={6} style={{ flex: 1 }}>
            <Text size="sm">In the app, add an account and scan this code with the phone’s camera.</Text>
            <Text size="sm" c="dimmed">
              Can’t scan it? Choose to enter a setup key instead, and type:
            </Text>
            <Code fz="sm" data-testid="totp-secret">
              {enrolment.secret.match(/.{1,4}/g)?.join(' ')}
            </Code>
            <CopyButton value={enrolment.secret}>
              {({ copied, copy }) => (
                <Button size="compact-xs" variant="subtle" onClick={copy} style={{ alignSelf: 'flex-start' }}>
                  {copied ? 'Copied' : 'Copy the key'}
                </Button>
              )}
            </CopyButton>
          </Stack>
        </Group>
      </Step>
      <Step number={3} title="Enter the code the app shows">
        <form onSubmit={confirm}>
          <Stack gap="sm" mt={6}>
            {shown && <ProblemAlert problem={shown} />}
            <Group align="flex-start" gap="xs">
              <TextInput
                aria-label="6-digit code from the app"
                placeholder="123456"
                autoComplete="one-time-code"
                inputMode="numeric"
                maxLength={6}
                required
                w={160}
                value={code}
                onChange={(event) => setCode(event.currentTarget.value)}
                error={fieldError(problem, 'code')}
              />
              <Button type="submit" loading={busy}>
                Turn on
              </Button>
            </Group>
          </Stack>
        </form>
      </Step>
    </Stack>
  );
}

function Step({ number, title, children }: { number: number; title: string; children: ReactNode }) {
  return (
    <div>
      <Text fw={600} size="sm">
        {number}. {title}
      </Text>
      {typeof children === 'string' ? (
        <Text size="sm" c="dimmed">
          {children}
        </Text>
      ) : (
        children
      )}
    </div>
  );
}
