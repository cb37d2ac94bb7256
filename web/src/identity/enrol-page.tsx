import { Anchor, Button, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { AuthFrame } from './auth-frame.tsx';
import type { SignedIn, TotpConfirmation } from './identity-types.ts';
import { RecoveryCodesList } from './recovery-codes-list.tsx';
import { TotpSetup } from './totp-setup.tsx';

export interface EnrolPageProps {
  signedIn: SignedIn;
  onDone(signedIn: SignedIn): void;
  onSignOut(): void;
}

/** A session that owes an authenticator app: set one up, then save the recovery codes, then the app. */
export function EnrolPage({ signedIn, onDone, onSignOut }: EnrolPageProps) {
  const [confirmed, setConfirmed] = useState<TotpConfirmation>();
  const { user } = signedIn;

  if (confirmed) {
    return (
      <AuthFrame width={520}>
        <Title order={2} size="h3">
          Save your recovery codes
        </Title>
        <Text size="sm">
          If you lose your phone, each of these codes lets you sign in once instead of a code from the app. Keep them in
          your password manager or print them: Groundwork shows them only this once.
        </Text>
        <RecoveryCodesList codes={confirmed.recoveryCodes} email={user.email}>
          <Button fullWidth onClick={() => onDone(confirmed.signedIn)}>
            I have saved them
          </Button>
        </RecoveryCodesList>
      </AuthFrame>
    );
  }
  return (
    <AuthFrame width={580}>
      <Title order={2} size="h3">
        Set up an authenticator app
      </Title>
      <Text size="sm">
        {signedIn.secondFactorRequiredBy === 'role'
          ? 'Owners, admins and auditors can reach your company’s audit evidence, so each time they sign in, Groundwork asks for a code from an authenticator app as well as the password. A stolen password alone then opens nothing.'
          : 'Your workspace asks everyone for a code from an authenticator app each time they sign in, as well as the password. A stolen password alone then opens nothing.'}
      </Text>
      <TotpSetup onConfirmed={setConfirmed} />
      <Text size="xs" c="dimmed">
        Signed in as {user.email}.{' '}
        <Anchor component="button" type="button" size="xs" onClick={onSignOut}>
          Sign out
        </Anchor>
      </Text>
    </AuthFrame>
  );
}
