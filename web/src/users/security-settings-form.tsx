import { Alert, Button, Code, Group, NumberInput, PasswordInput, Stack, Switch, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { fieldError, formProblem } from '../ui/field-error.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { Section } from '../ui/section.tsx';
import type { SecuritySettings, SecuritySettingsChange } from './user-types.ts';

export interface SecuritySettingsFormProps {
  settings: SecuritySettings;
  /** False for roles that may only look: every field is disabled. */
  editable: boolean;
  onSaved(settings: SecuritySettings): void;
}

const fields = ['mfaRequiredForAll', 'sessionIdleMinutes', 'sessionMaxHours', 'ssoIssuer', 'ssoClientId', 'ssoClientSecret', 'ssoOnly'];

/** The workspace's sign-in rules; saving sends only what changed, and the client secret only when typed. */
export function SecuritySettingsForm({ settings, editable, onSaved }: SecuritySettingsFormProps) {
  const fromEnvironment = settings.sso.source === 'environment';
  const [mfaForAll, setMfaForAll] = useState(settings.mfaRequiredForAll);
  const [idle, setIdle] = useState<number | string>(settings.sessionIdleMinutes);
  const [max, setMax] = useState<number | string>(settings.sessionMaxHours);
  const [issuer, setIssuer] = useState(settings.sso.issuer ?? '');
  const [clientId, setClientId] = useState(settings.sso.clientId ?? '');
  const [secret, setSecret] = useState('');
  const [ssoOnly, setSsoOnly] = useState(settings.sso.only);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();

  const change: SecuritySettingsChange = {};
  if (mfaForAll !== settings.mfaRequiredForAll) change.mfaRequiredForAll = mfaForAll;
  if (Number(idle) !== settings.sessionIdleMinutes) change.sessionIdleMinutes = Number(idle);
  if (Number(max) !== settings.sessionMaxHours) change.sessionMaxHours = Number(max);
  if (!fromEnvironment && issuer.trim() !== (settings.sso.issuer ?? '')) change.ssoIssuer = issuer.trim() || null;
  if (!fromEnvironment && clientId.trim() !== (settings.sso.clientId ?? '')) change.ssoClientId = clientId.trim() || null;
  if (!fromEnvironment && secret) change.ssoClientSecret = secret;
  if (ssoOnly !== settings.sso.only) change.ssoOnly = ssoOnly;
  const changed = Object.keys(change).length > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    sendJson<SecuritySettings>('PATCH', '/api/security-settings', change).then(onSaved, (failure: ApiProblem) => {
      setProblem(failure);
      setBusy(false);
    });
  };

  const shown = formProblem(problem, fields);
  const ssoReady = fromEnvironment || (issuer.trim() !== '' && clientId.trim() !== '');
  return (
    <form onSubmit={submit}>
      <Stack gap="md">
        <Section title="Authenticator app" description="Owners, admins and auditors always give a code from an authenticator app when they sign in.">
          <Switch
            label="Require an authenticator app for everyone"
            description="Reviewers and members then set one up at their next sign-in too."
            disabled={!editable}
            checked={mfaForAll}
            onChange={(event) => setMfaForAll(event.currentTarget.checked)}
            error={fieldError(problem, 'mfaRequiredForAll')}
          />
        </Section>
        <Section title="Session timeouts" description="A session ends after a while without activity, and in any case after a fixed time; the person then signs in again.">
          <Group align="flex-start" grow>
            <NumberInput
              label="Sign out after inactivity of"
              description="5 to 1440 minutes"
              suffix=" minutes"
              min={5}
              max={1440}
              allowDecimal={false}
              disabled={!editable}
              value={idle}
              onChange={setIdle}
              error={fieldError(problem, 'sessionIdleMinutes')}
            />
            <NumberInput
              label="Sign out in any case after"
              description="1 to 168 hours"
              suffix=" hours"
              min={1}
              max={168}
              allowDecimal={false}
              disabled={!editable}
              value={max}
              onChange={setMax}
              error={fieldError(problem, 'sessionMaxHours')}
            />
          </Group>
        </Section>
        <Section
          title="Single sign-on (SSO)"
          description="Sign in through your company’s identity provider (Google Workspace, Microsoft Entra ID, Okta or any other OpenID Connect provider). Groundwork matches the provider’s verified email to a user, so people still need an invite; an invited person who signs in with SSO needs no password."
        >
          {fromEnvironment && (
            <Alert color="blue" variant="light" data-testid="sso-from-environment">
              Set on the server by <Code>GROUNDWORK_OIDC_ISSUER</Code>, <Code>GROUNDWORK_OIDC_CLIENT_ID</Code> and{' '}
              <Code>GROUNDWORK_OIDC_CLIENT_SECRET</Code>; change it there.
            </Alert>
          )}
          <TextInput
            label="Redirect URI"
            description="Register this address with your identity provider as the sign-in callback."
            readOnly
            value={settings.sso.redirectUri}
            data-testid="sso-redirect-uri"
          />
          <TextInput
            label="Issuer URL"
            placeholder={editable && !fromEnvironment ? 'https://accounts.google.com' : undefined}
            disabled={!editable || fromEnvironment}
            value={issuer}
            onChange={(event) => setIssuer(event.currentTarget.value)}
            error={fieldError(problem, 'ssoIssuer')}
          />
          <Group align="flex-start" grow>
            <TextInput
              label="Client ID"
              disabled={!editable || fromEnvironment}
              value={clientId}
              onChange={(event) => setClientId(event.currentTarget.value)}
              error={fieldError(problem, 'ssoClientId')}
            />
            <PasswordInput
              label="Client secret"
              description={settings.sso.clientSecretSet ? 'Set. Type a new one to replace it.' : 'Not set.'}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              placeholder={settings.sso.clientSecretSet && editable && !fromEnvironment ? '••••••••••••' : undefined}
              autoComplete="off"
              disabled={!editable || fromEnvironment}
              value={secret}
              onChange={(event) => setSecret(event.currentTarget.value)}
              error={fieldError(problem, 'ssoClientSecret')}
            />
          </Group>
          <Switch
            label="Sign in with SSO only"
            description="Password sign-in stops for everyone. Check that signing in with SSO works before you turn this on."
            disabled={!editable || !ssoReady}
            checked={ssoOnly}
            onChange={(event) => setSsoOnly(event.currentTarget.checked)}
            error={fieldError(problem, 'ssoOnly')}
          />
        </Section>
        {shown && <ProblemAlert problem={shown} title="The settings were not saved" />}
        {editable && (
          <Group>
            <Button type="submit" loading={busy} disabled={!changed}>
              Save changes
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
