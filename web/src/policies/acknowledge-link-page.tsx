import { Alert, Button, Center, Checkbox, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { AuthFrame } from '../identity/auth-frame.tsx';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { formatDateTime } from '../ui/format-date.ts';
import { plural } from '../ui/plural.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import type { AcknowledgeManyBody, LinkView } from './acknowledgement-types.ts';
import { PolicyToRead } from './policy-to-read.tsx';

/** The token of an acknowledgement link's path, /acknowledge/<token>. */
export function acknowledgementToken(pathname: string): string | undefined {
  const match = /^\/acknowledge\/([^/]+)\/?$/.exec(pathname);
  return match ? decodeURIComponent(match[1]!) : undefined;
}

const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** /acknowledge/:token: someone with no Groundwork login reads what they owe and acknowledges it all at once. */
export function AcknowledgeLinkPage({ token }: { token: string }) {
  const view = useApi<LinkView>(`/api/acknowledgement-links/${encodeURIComponent(token)}`);
  const [done, setDone] = useState<string>();
  if (view.error) {
    return (
      <AuthFrame>
        <Title order={2} size="h3">
          This link cannot be used
        </Title>
        <ProblemAlert problem={view.error} title="Link not valid" />
      </AuthFrame>
    );
  }
  if (!view.data) {
    return (
      <Center mih="100vh">
        <Loader aria-label="Checking the link" />
      </Center>
    );
  }
  if (done) {
    return (
      <AuthFrame width={560}>
        <Title order={2} size="h3">
          Thank you
        </Title>
        <Text size="sm" data-testid="acknowledged">
          {done} You can close this page.
        </Text>
      </AuthFrame>
    );
  }
  return (
    <AuthFrame width={860}>
      <Acknowledge token={token} view={view.data} onDone={setDone} />
    </AuthFrame>
  );
}

function Acknowledge({ token, view, onDone }: { token: string; view: LinkView; onDone(message: string): void }) {
  const [agreed, setAgreed] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const { outstanding } = view;
  const submit = () => {
    setBusy(true);
    const body: AcknowledgeManyBody = { acknowledgements: outstanding.map((p) => ({ policyId: p.policyId, version: p.version, sha256: p.sha256 })) };
    sendJson('POST', `/api/acknowledgement-links/${encodeURIComponent(token)}`, body).then(
      () => onDone(`${view.workspace} has a record that you read and agreed to ${outstanding.map((p) => p.title).join(', ')}.`),
      (failure: ApiProblem) => {
        setProblem(failure);
        setBusy(false);
      },
    );
  };
  return (
    <Stack gap="md">
      <div>
        <Title order={2} size="h3">
          {view.workspace}: policies to read and acknowledge
        </Title>
        <Text size="sm" c="dimmed" mt={4}>
          For {view.person.name}. Read each policy, tick that you agree to it, then acknowledge them together. This link works once, until{' '}
          {formatDateTime(view.expiresAt, browserZone)} ({browserZone}).
        </Text>
      </div>
      {outstanding.length === 0 ? (
        <Alert variant="light" color="green" title="Nothing to acknowledge">
          Every policy that applies to you is acknowledged already.
        </Alert>
      ) : (
        <>
          {outstanding.map((policy) => (
            <PolicyToRead key={policy.policyId} policy={policy}>
              <Checkbox
                label="I have read and agree to this policy"
                checked={agreed.has(policy.policyId)}
                onChange={(event) => {
                  const next = new Set(agreed);
                  if (event.currentTarget.checked) next.add(policy.policyId);
                  else next.delete(policy.policyId);
                  setAgreed(next);
                }}
              />
            </PolicyToRead>
          ))}
          {problem && <ProblemAlert problem={problem} title="Nothing was recorded" />}
          <Button onClick={submit} loading={busy} disabled={agreed.size < outstanding.length}>
            Acknowledge {plural(outstanding.length, 'policy', 'policies')}
          </Button>
        </>
      )}
    </Stack>
  );
}
