import { Badge, Button, Group, Modal, Text } from '@mantine/core';
import { useState } from 'react';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { ConfirmModal } from '../ui/confirm-modal.tsx';
import { Section } from '../ui/section.tsx';
import type { RecoveryCodes } from './identity-types.ts';
import { RecoveryCodesList } from './recovery-codes-list.tsx';
import { useSession } from './session-context.tsx';
import { TotpSetup } from './totp-setup.tsx';

/** The user's authenticator app and recovery codes: new codes, or setting up an app when the role does not need one. */
export function SecondFactorSection() {
  const { user } = useSession();
  const [enrolled, setEnrolled] = useState(user.mfaEnrolled);
  const [settingUp, setSettingUp] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const [codes, setCodes] = useState<string[]>();

  const regenerate = () => {
    setBusy(true);
    sendJson<RecoveryCodes>('POST', '/api/auth/recovery-codes').then(
      ({ recoveryCodes }) => {
        setConfirming(false);
        setCodes(recoveryCodes);
      },
      (failure: ApiProblem) => setProblem(failure),
    ).finally(() => setBusy(false));
  };

  return (
    <Section
      title="Authenticator app"
      description={
        enrolled
          ? 'Each sign-in asks for a code from your authenticator app. If you lose your phone, a recovery code signs you in once instead.'
          : 'A code from an authenticator app at each sign-in makes a stolen password useless. Your role does not require one, but you can set one up.'
      }
      actions={
        enrolled ? (
          <Badge color="green" variant="light" size="lg">
            On
          </Badge>
        ) : (
          <Badge color="gray" variant="light" size="lg">
            Off
          </Badge>
        )
      }
    >
      {codes ? (
        <>
          <Text size="sm" fw={500}>
            Your new recovery codes. Save them now: Groundwork shows them only this once, and the old ones no longer work.
          </Text>
          <RecoveryCodesList codes={codes} email={user.email}>
            <Group>
              <Button onClick={() => setCodes(undefined)}>I have saved them</Button>
            </Group>
          </RecoveryCodesList>
        </>
      ) : enrolled ? (
        <Group>
          <Button variant="default" onClick={() => setConfirming(true)}>
            Make new recovery codes
          </Button>
        </Group>
      ) : (
        <Group>
          <Button variant="default" onClick={() => setSettingUp(true)}>
            Set up an authenticator app
          </Button>
        </Group>
      )}
      <ConfirmModal
        opened={confirming}
        title="Make new recovery codes?"
        confirmLabel="Make new codes"
        busy={busy}
        problem={problem}
        onConfirm={regenerate}
        onClose={() => {
          setConfirming(false);
          setProblem(undefined);
        }}
      >
        Your current recovery codes stop working at once, and you get ten new ones to save. Do this when you have used
        several, or can no longer find them.
      </ConfirmModal>
      <Modal opened={settingUp} onClose={() => setSettingUp(false)} title={<Text fw={600}>Set up an authenticator app</Text>} size="lg" centered>
        {settingUp && (
          <TotpSetup
            onConfirmed={({ recoveryCodes }) => {
              setSettingUp(false);
              setEnrolled(true);
              setCodes(recoveryCodes);
            }}
          />
        )}
      </Modal>
    </Section>
  );
}
