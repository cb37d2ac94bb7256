import { Alert, Button, Center, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from '../app/router.tsx';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { formatDate } from '../ui/format-date.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import type { AcknowledgeBody, MyAcknowledgements, PolicyToRead as Policy } from './acknowledgement-types.ts';
import { PolicyToRead } from './policy-to-read.tsx';

/** /policies/acknowledge: the signed-in person reads each policy they owe and agrees to it, one at a time. */
export function MyAcknowledgementsPage() {
  const mine = useApi<MyAcknowledgements>('/api/account/acknowledgements');
  const { timeZone } = useWorkspace();
  const data = mine.data;
  return (
    <Stack gap="lg" maw={900}>
      <Text size="sm">
        <Link to="/policies">← All policies</Link>
      </Text>
      <div>
        <Title order={2}>Policies to acknowledge</Title>
        <Text c="dimmed" size="sm">
          Read each policy that applies to you, then say you agree to it. Groundwork records who agreed to which version, and when.
        </Text>
      </div>
      {mine.error ? (
        <ProblemAlert problem={mine.error} />
      ) : !data ? (
        <Center p="xl">
          <Loader aria-label="Loading your policies" />
        </Center>
      ) : !data.person ? (
        <Alert variant="light" title="You are not in the people directory">
          No policy asks you for an acknowledgement until an owner or admin adds you, with the email you sign in with, to the people directory.
        </Alert>
      ) : (
        <>
          {data.outstanding.length === 0 ? (
            <Alert variant="light" color="green" title="Nothing to acknowledge">
              You have acknowledged every policy that applies to you.
            </Alert>
          ) : (
            data.outstanding.map((policy) => <ToAcknowledge key={`${policy.policyId}:${policy.version}`} policy={policy} onDone={mine.reload} />)
          )}
          {data.acknowledged.length > 0 && (
            <Stack gap={4} component="section" aria-label="Acknowledged">
              <Title order={3} size="h5">
                Acknowledged
              </Title>
              <List size="sm" spacing={2}>
                {data.acknowledged.map((a) => (
                  <List.Item key={a.policyId}>
                    {a.title}, version {a.version}, on {formatDate(a.acknowledgedAt, timeZone)}
                  </List.Item>
                ))}
              </List>
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}

function ToAcknowledge({ policy, onDone }: { policy: Policy; onDone(): void }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const agree = () => {
    setBusy(true);
    const body: AcknowledgeBody = { policyId: policy.policyId, version: policy.version, sha256: policy.sha256 };
    sendJson('POST', '/api/account/acknowledgements', body).then(onDone, (failure: ApiProblem) => {
      setProblem(failure);
      setBusy(false);
    });
  };
  return (
    <PolicyToRead policy={policy}>
      {problem && <ProblemAlert problem={problem} title="Not recorded" />}
      <Button onClick={problem?.code === 'conflict' ? onDone : agree} loading={busy} variant={problem ? 'default' : 'filled'} style={{ alignSelf: 'flex-start' }}>
        {problem?.code === 'conflict' ? 'Show the newest' : 'I have read and agree to this policy'}
      </Button>
    </PolicyToRead>
  );
}
