import { Button, Group, NumberInput, Select, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { fieldError, formProblem } from '../ui/field-error.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import type { ApiToken, CreatedToken } from './identity-types.ts';

/** Name, access and lifetime of a new API token. */
export function NewTokenForm({ onCreated }: { onCreated(created: CreatedToken): void }) {
  const [name, setName] = useState('');
  const [scope, setScope] = useState<ApiToken['scope']>('read');
  const [days, setDays] = useState<number | string>(90);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    sendJson<CreatedToken>('POST', '/api/account/tokens', { name, scope, expiresInDays: Number(days) }).then(
      (created) => {
        setName('');
        setProblem(undefined);
        onCreated(created);
      },
      (failure: ApiProblem) => setProblem(failure),
    ).finally(() => setBusy(false));
  };

  const shown = formProblem(problem, ['name', 'scope', 'expiresInDays']);
  return (
    <form onSubmit={submit} aria-label="New API token">
      {shown && <ProblemAlert problem={shown} />}
      <Group align="flex-start" gap="sm" mt={shown ? 'sm' : 0}>
        <TextInput
          label="Name"
          description="What will use it"
          placeholder="nightly backup script"
          required
          w={260}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={fieldError(problem, 'name')}
        />
        <Select
          label="Access"
          description="What it may do"
          w={200}
          allowDeselect={false}
          data={[
            { value: 'read', label: 'Read only' },
            { value: 'read-write', label: 'Read and change' },
          ]}
          value={scope}
          onChange={(value) => value && setScope(value as ApiToken['scope'])}
          error={fieldError(problem, 'scope')}
        />
        <NumberInput
          label="Expires after"
          description="Days, up to 366"
          w={150}
          min={1}
          max={366}
          allowDecimal={false}
          suffix=" days"
          value={days}
          onChange={setDays}
          error={fieldError(problem, 'expiresInDays')}
        />
        <Button type="submit" loading={busy} mt={44}>
          Create token
        </Button>
      </Group>
    </form>
  );
}
