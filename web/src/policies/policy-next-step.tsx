import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { ApproveVersionModal } from './approve-version-modal.tsx';
import type { PolicyDetail, PolicySummary } from './policy-types.ts';
import { PublishVersionModal } from './publish-version-modal.tsx';
import { RetirePolicyModal } from './retire-policy-modal.tsx';
import { ReviewPolicyModal } from './review-policy-modal.tsx';
import { usePolicyStep } from './use-policy-step.ts';

type Asking = 'approve' | 'publish' | 'review' | 'retire';

export interface PolicyNextStepProps {
  policy: PolicyDetail;
  onEdit(): void;
  /** After a step, or a modal closed: the page loads the policy again. */
  onChanged(policy: PolicySummary): void;
}

/** For owners and admins: what to do next, as one clear button, with editing and retiring beside it. */
export function PolicyNextStep({ policy, onEdit, onChanged }: PolicyNextStepProps) {
  const [asking, setAsking] = useState<Asking>();
  const submit = usePolicyStep(policy.id, onChanged);
  const done = (changed: PolicySummary) => {
    setAsking(undefined);
    onChanged(changed);
  };
  // A refusal often means someone else moved the policy on (a newer version): show it as it is now.
  const close = () => {
    setAsking(undefined);
    onChanged(policy);
  };
  const { latest } = policy;
  if (policy.retiredAt) return null;

  const next = {
    draft: {
      explains: `Version ${latest.version} is a draft. When it says what your company really does, send it for approval.`,
      button: (
        <Button loading={submit.busy} onClick={() => submit.run(`/versions/${latest.version}/submit`, {})}>
          Submit for approval
        </Button>
      ),
    },
    in_review: {
      explains: `Version ${latest.version} waits for approval by an owner or admin. Read it below first.`,
      button: <Button onClick={() => setAsking('approve')}>Approve…</Button>,
    },
    approved: {
      explains: `Version ${latest.version} is approved. Publishing puts it in force.`,
      button: (
        <Button color="green" onClick={() => setAsking('publish')}>
          Publish…
        </Button>
      ),
    },
    published:
      policy.kind === 'policy'
        ? {
            explains: 'This policy is in force. Once a year, read it again and record the review; edit it whenever your practice changes.',
            button: <Button onClick={() => setAsking('review')}>Record yearly review…</Button>,
          }
        : { explains: 'This is in force. Edit it whenever your practice changes, and approve and publish the new version.', button: null },
    superseded: undefined,
  }[latest.status];

  return (
    <Paper withBorder radius="md" p="md" bg="var(--mantine-color-blue-light)" data-testid="next-step">
      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          <Text size="sm" maw={560}>
            <Text span fw={600}>
              Next:{' '}
            </Text>
            {next?.explains}
          </Text>
          <Group gap="xs">
            <Button variant="default" onClick={onEdit}>
              Edit
            </Button>
            {next?.button}
          </Group>
        </Group>
        {submit.problem && <ProblemAlert problem={submit.problem} title="It was not submitted" />}
        <Text size="xs" c="dimmed">
          No longer needed?{' '}
          <Anchor component="button" type="button" size="xs" c="red" onClick={() => setAsking('retire')}>
            Retire this policy…
          </Anchor>
        </Text>
      </Stack>
      {asking === 'approve' && <ApproveVersionModal opened policy={policy} onClose={close} onDone={done} />}
      {asking === 'publish' && <PublishVersionModal opened policy={policy} onClose={close} onDone={done} />}
      {asking === 'review' && <ReviewPolicyModal opened policy={policy} onClose={close} onDone={done} />}
      {asking === 'retire' && <RetirePolicyModal opened policy={policy} onClose={close} onDone={done} />}
    </Paper>
  );
}
