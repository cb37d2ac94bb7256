import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { policyUrl, type PolicyDetail, type PolicySummary, type WriteVersionBody } from './policy-types.ts';

export interface PolicyEditorProps {
  policy: PolicyDetail;
  onSaved(policy: PolicySummary): void;
  onCancel(): void;
}

/**
 * The newest text as Markdown. The browser has no Markdown renderer, so the formatted text is
 * shown once the edit is saved as a new version (the server renders it).
 */
export function PolicyEditor({ policy, onSaved, onCancel }: PolicyEditorProps) {
  const base = policy.latestText;
  const [text, setText] = useState(base.text);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const next = base.version + 1;

  const save = () => {
    setBusy(true);
    setProblem(undefined);
    const body: WriteVersionBody = { basedOn: base.version, text };
    sendJson<PolicySummary>('POST', policyUrl(policy.id, '/versions'), body).then(onSaved, (failure: ApiProblem) => {
      setProblem(failure);
      setBusy(false);
    });
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label="Edit the text">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
          <div>
            <Text fw={600}>Editing version {base.version}</Text>
            <Text size="sm" c="dimmed">
              Saving makes version {next}, a draft that needs approving and publishing
              {policy.published ? `; version ${policy.published.version} stays in force until then` : ''}. The text is Markdown: a line
              starting with # is a heading, with - a list item. You see it formatted once it is saved.
            </Text>
          </div>
          <Group gap="xs" wrap="nowrap">
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
            <Button loading={busy} disabled={text.trim() === base.text.trim()} onClick={save}>
              Save as version {next}
            </Button>
          </Group>
        </Group>
        {problem && <ProblemAlert problem={problem} title="The edit was not saved" />}
        <Textarea
          aria-label="Policy text (Markdown)"
          autosize
          minRows={16}
          maxRows={28}
          data-autofocus
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13, lineHeight: 1.5 } }}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
        />
      </Stack>
    </Paper>
  );
}
