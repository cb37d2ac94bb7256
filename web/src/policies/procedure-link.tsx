import { Anchor, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, navigate } from '../app/router.tsx';
import { useSession } from '../identity/session-context.tsx';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { type PolicyDetail, type PolicySummary, policyUrl } from './policy-types.ts';

/** A first draft of the procedure: the headings a "how we do this" document needs, to fill in. */
function starterText(policy: PolicyDetail): string {
  return [
    '## Steps',
    '',
    '1. …',
    '',
    '## Who does them',
    '',
    '…',
    '',
    '## Where the records go',
    '',
    policy.evidence ?? '…',
  ].join('\n');
}

/** The policy's procedure: a link once written; for managers, a button that starts it. */
export function ProcedureLink({ policy }: { policy: PolicyDetail }) {
  const { can } = useSession();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const written = policy.procedureDocument;
  if (written) return <Link to={`/policies/${encodeURIComponent(written.id)}`}>{written.title}</Link>;
  const start = () => {
    setBusy(true);
    sendJson<PolicySummary>('POST', policyUrl(policy.id, '/procedure'), { text: starterText(policy) }).then(
      (procedure) => navigate(`/policies/${encodeURIComponent(procedure.id)}`),
      (failure: ApiProblem) => {
        setProblem(failure);
        setBusy(false);
      },
    );
  };
  return (
    <Stack gap={4}>
      <Text size="sm">{policy.procedure}</Text>
      {can('policies:manage') ? (
        <Anchor component="button" type="button" size="sm" onClick={start} disabled={busy}>
          {busy ? 'Starting…' : 'Write this procedure'}
        </Anchor>
      ) : (
        <Text size="xs" c="dimmed">
          Not written down yet.
        </Text>
      )}
      {problem && <ProblemAlert problem={problem} />}
    </Stack>
  );
}
