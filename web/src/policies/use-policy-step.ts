import { useState } from 'react';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { policyUrl, type PolicySummary } from './policy-types.ts';

export interface PolicyStep {
  busy: boolean;
  /** Why the last attempt was refused, in the API's words ("the text of version 2 is not the one you read"). */
  problem: ApiProblem | undefined;
  /** POSTs to the policy's `rest` route ("/retire"), then calls `done` with the policy as it now is. */
  run(rest: string, body: unknown): void;
  reset(): void;
}

/** One step of a policy's lifecycle, sent to the API; `done` runs after it was accepted. */
export function usePolicyStep(id: string, done: (policy: PolicySummary) => void): PolicyStep {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  return {
    busy,
    problem,
    run(rest, body) {
      setBusy(true);
      setProblem(undefined);
      sendJson<PolicySummary>('POST', policyUrl(id, rest), body)
        .then(done, (failure: ApiProblem) => setProblem(failure))
        .finally(() => setBusy(false));
    },
    reset() {
      setProblem(undefined);
    },
  };
}
