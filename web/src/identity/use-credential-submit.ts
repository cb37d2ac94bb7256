import { type FormEvent, useState } from 'react';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { useSecondsLeft } from '../ui/use-seconds-left.ts';
import type { SignedIn } from './identity-types.ts';

/**
 * Sends a password or a code to a sign-in step. A refusal is kept as `problem`; after too many
 * attempts the server says how long to wait, and `wait` counts it down for the button.
 */
export function useCredentialSubmit(path: string, onSignedIn: (signedIn: SignedIn) => void) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const [retryAt, setRetryAt] = useState<number>();
  const wait = useSecondsLeft(retryAt);

  const submit = (event: FormEvent, body: Record<string, string>) => {
    event.preventDefault();
    setBusy(true);
    sendJson<SignedIn>('POST', path, body, { checksCredentials: true }).then(onSignedIn, (failure: ApiProblem) => {
      setProblem(failure);
      setRetryAt(failure.retryAfterSeconds ? Date.now() + failure.retryAfterSeconds * 1000 : undefined);
      setBusy(false);
    });
  };
  return { busy, problem, wait, submit, clearProblem: () => setProblem(undefined) };
}
