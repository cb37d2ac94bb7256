import { Badge, Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { ConfirmModal } from '../ui/confirm-modal.tsx';
import { formatDate, formatDateTime } from '../ui/format-date.ts';
import { Section } from '../ui/section.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import { CreatedTokenAlert } from './created-token-alert.tsx';
import type { ApiToken, CreatedToken } from './identity-types.ts';
import { NewTokenForm } from './new-token-form.tsx';

/** The user's API tokens: for scripts and the command line, acting as the user. */
export function ApiTokensSection() {
  const { timeZone } = useWorkspace();
  const list = useApi<{ tokens: ApiToken[] }>('/api/account/tokens');
  const [created, setCreated] = useState<CreatedToken>();
  const [revoking, setRevoking] = useState<ApiToken>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();

  const revoke = (token: ApiToken) => {
    setBusy(true);
    sendJson('DELETE', `/api/account/tokens/${encodeURIComponent(token.id)}`).then(
      () => {
        setRevoking(undefined);
        list.reload();
      },
      (failure: ApiProblem) => setProblem(failure),
    ).finally(() => setBusy(false));
  };

  return (
    <Section
      title="API tokens"
      description="A token lets a script or the command line use Groundwork as you, with read-only access or also the right to change things, never more than your role allows. It stops working when it expires, when you revoke it, or when your account is deactivated."
    >
      {created && <CreatedTokenAlert created={created} onDone={() => setCreated(undefined)} />}
      <NewTokenForm
        onCreated={(token) => {
          setCreated(token);
          list.reload();
        }}
      />
      {list.error ? (
        <ProblemAlert problem={list.error} />
      ) : list.data?.tokens.length === 0 ? (
        <Text size="sm" c="dimmed">
          You have no API tokens.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="xs" aria-label="Your API tokens">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Access</Table.Th>
                <Table.Th>Created</Table.Th>
                <Table.Th>Expires</Table.Th>
                <Table.Th>Last used</Table.Th>
                <Table.Th w={110} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.tokens.map((token) => (
                <Table.Tr key={token.id}>
                  <Table.Td>{token.name}</Table.Td>
                  <Table.Td>{token.scope === 'read' ? 'Read only' : 'Read and change'}</Table.Td>
                  <Table.Td>{formatDate(token.createdAt, timeZone)}</Table.Td>
                  <Table.Td>{formatDate(token.expiresAt, timeZone)}</Table.Td>
                  <Table.Td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt, timeZone) : 'Never'}</Table.Td>
                  <Table.Td ta="right">
                    <TokenAction token={token} onRevoke={() => setRevoking(token)} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConfirmModal
        opened={revoking !== undefined}
        title={`Revoke “${revoking?.name ?? ''}”?`}
        confirmLabel="Revoke"
        busy={busy}
        problem={problem}
        onConfirm={() => revoking && revoke(revoking)}
        onClose={() => {
          setRevoking(undefined);
          setProblem(undefined);
        }}
      >
        Anything using this token is refused from now on. This cannot be undone; create a new token if you need one again.
      </ConfirmModal>
    </Section>
  );
}

function TokenAction({ token, onRevoke }: { token: ApiToken; onRevoke(): void }) {
  if (token.revokedAt) return <Badge color="gray" variant="light">Revoked</Badge>;
  if (token.expiresAt <= new Date().toISOString()) return <Badge color="gray" variant="light">Expired</Badge>;
  return (
    <Button size="xs" variant="default" onClick={onRevoke}>
      Revoke
    </Button>
  );
}
