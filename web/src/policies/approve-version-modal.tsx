import { Code, Text } from '@mantine/core';
import { useSession } from '../identity/session-context.tsx';
import type { ApproveBody } from './policy-types.ts';
import { type PolicyStepModalProps, StepModal } from './step-modal.tsx';
import { usePolicyStep } from './use-policy-step.ts';

/**
 * Approves the text shown on the page: the request names its SHA-256, so if someone saved a
 * newer text in the meantime the server refuses instead of approving words nobody read.
 */
export function ApproveVersionModal({ opened, policy, onClose, onDone }: PolicyStepModalProps) {
  const { user: me } = useSession();
  const step = usePolicyStep(policy.id, onDone);
  const shown = policy.latestText;
  const body: ApproveBody = { sha256: shown.sha256 };
  return (
    <StepModal
      opened={opened}
      title={`Approve version ${shown.version}?`}
      confirmLabel={`Approve version ${shown.version}`}
      color="blue"
      step={step}
      onConfirm={() => step.run(`/versions/${shown.version}/approve`, body)}
      onClose={onClose}
    >
      <Text size="sm">
        You approve the text of version {shown.version} exactly as it is shown on this page. Groundwork records who approved it, when, and
        the text’s fingerprint, so anyone can later check that the published text is the one you approved.
      </Text>
      <Text size="sm">
        Fingerprint (SHA-256): <Code>{shown.sha256.slice(0, 16)}…</Code>
      </Text>
      {shown.createdBy === me.email && (
        <Text size="sm" c="dimmed">
          You wrote this version, so the approval is marked self-approved: allowed when nobody else can approve, and visible to your auditor.
        </Text>
      )}
      <Text size="sm" c="dimmed">
        Approving does not put it in force yet: publishing does, as the next step.
      </Text>
    </StepModal>
  );
}
