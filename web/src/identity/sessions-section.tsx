import { Badge, Button, Table, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { ConfirmModal } from '../ui/confirm-modal.tsx';
import { formatDateTime } from '../ui/format-date.ts';
import { plural } from '../ui/plural.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { Section } from '../ui/section.tsx';
import { useApi } from '../ui/use-api.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import { deviceName } from './device-name.ts';
import type { SessionList } from './identity-types.ts';
import { useSession } from './session-context.tsx';

/** Where the user is signed in; ending one session, or all of them. */
export function SessionsSection() {
  const { timeZone } = useWorkspace();
  const { signedOut } = useSession();
  const list = useApi<SessionList>('/api/account/sessions');
  const [ending, setEnding] = useState<string>();
  const [problem, setProblem] = useState<ApiProblem>();
  const [confirmAll, setConfirmAll] = useState(false);
  const [busy, setBusy] = useState(false);

  const end = (id: string) => {
    setEnding(id);
    setProblem(undefined);
    sendJson('DELETE', `/api/account/sessions/${encodeURIComponent(id)}`).then(
      () => list.reload(),
      (failure: ApiProblem) => setProblem(failure),
    ).finally(() => setEnding(undefined));
  };
  const endAll = () => {
    setBusy(true);
    sendJson<{ ended: number }>('POST', '/api/account/sessions/end-all').then(
      ({ ended }) => signedOut(`You signed out everywhere: ${plural(ended, 'session')} ended, this one included.`),
      (failure: ApiProblem) => {
        setProblem(failure);
        setBusy(false);
      },
    );
  };

  return (
    <Section
      title="Where you are signed in"
      description="Each browser you sign in from has a session. End one you do not recognise, or one on a computer you no longer use."
      actions={
        <Button variant="default" color="red" onClick={() => setConfirmAll(true)}>
          Sign out everywhere
        </Button>
      }
    >
      {problem && !confirmAll && <ProblemAlert problem={problem} />}
      {list.error ? (
        <ProblemAlert problem={list.error} />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="xs" aria-label="Your sessions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Browser</Table.Th>
                <Table.Th>Address</Table.Th>
                <Table.Th>Signed in</Table.Th>
                <Table.Th>Last active</Table.Th>
                <Table.Th>Ends at the latest</Table.Th>
                <Table.Th w={150} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.sessions.map((session) => (
                <Table.Tr key={session.id} data-current={session.id === list.data?.current || undefined}>
                  <Table.Td>
                    <Tooltip label={session.userAgent ?? 'The browser did not say'} multiline maw={420}>
                      <Text size="sm" span>
                        {deviceName(session.userAgent)}
                      </Text>
                    </Tooltip>
                    {session.method === 'sso' && (
                      <Badge size="xs" variant="light" color="gray" ml={6}>
                        SSO
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{session.ip ?? '—'}</Table.Td>
                  <Table.Td>{formatDateTime(session.createdAt, timeZone)}</Table.Td>
                  <Table.Td>{formatDateTime(session.lastSeenAt, timeZone)}</Table.Td>
                  <Table.Td>{formatDateTime(session.expiresAt, timeZone)}</Table.Td>
                  <Table.Td ta="right">
                    {session.id === list.data?.current ? (
                      <Badge variant="light">This browser</Badge>
                    ) : (
                      <Button size="xs" variant="default" loading={ending === session.id} onClick={() => end(session.id)}>
                        End
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConfirmModal
        opened={confirmAll}
        title="Sign out everywhere?"
        confirmLabel="Sign out everywhere"
        busy={busy}
        problem={problem}
        onConfirm={endAll}
        onClose={() => {
          setConfirmAll(false);
          setProblem(undefined);
        }}
      >
        Every session of yours ends, this one included, and you sign in again. Do this if you think someone else has
        signed in as you. Your API tokens keep working; revoke them below if needed.
      </ConfirmModal>
    </Section>
  );
}
