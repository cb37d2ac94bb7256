import { Button, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { formatDateTime } from '../ui/format-date.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useWorkspace } from '../ui/workspace.tsx';
import type { CreatedLink } from './acknowledgement-types.ts';

/**
 * Creates a single-use link for someone who has no Groundwork login, and shows it once to copy:
 * the server keeps only its fingerprint. A new link replaces the person's earlier ones.
 */
export function AcknowledgementLinkButton({ person, name }: { person: string; name: string }) {
  const { timeZone } = useWorkspace();
  const [busy, setBusy] = useState(false);
  const [link, setLink] = useState<CreatedLink>();
  const [problem, setProblem] = useState<ApiProblem>();
  const create = () => {
    setBusy(true);
    setProblem(undefined);
    sendJson<CreatedLink>('POST', '/api/acknowledgement-links', { person })
      .then(setLink, (failure: ApiProblem) => setProblem(failure))
      .finally(() => setBusy(false));
  };
  const close = () => {
    setLink(undefined);
    setProblem(undefined);
  };
  return (
    <>
      <Button size="compact-sm" variant="light" loading={busy} onClick={create}>
        Create link
      </Button>
      <Modal opened={link !== undefined || problem !== undefined} onClose={close} title={<Text fw={600}>Send this link to {name}</Text>} centered size="lg">
        <Stack gap="sm">
          {problem && <ProblemAlert problem={problem} title="No link was created" />}
          {link && (
            <>
              <Text size="sm">
                {name} opens it to read and acknowledge every policy they owe, without signing in. It works once, until {formatDateTime(link.expiresAt, timeZone)}; any
                earlier link for them stops working. Groundwork shows it only now.
              </Text>
              <Group gap="xs" wrap="nowrap" align="flex-end">
                <TextInput aria-label="Acknowledgement link" readOnly value={link.url} style={{ flex: 1 }} data-testid="acknowledgement-link" onFocus={(event) => event.currentTarget.select()} />
                <CopyButton value={link.url}>{({ copied, copy }) => <Button onClick={copy}>{copied ? 'Copied' : 'Copy link'}</Button>}</CopyButton>
              </Group>
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Done
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
