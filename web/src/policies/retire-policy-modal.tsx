import { Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { RetireBody } from './policy-types.ts';
import { type PolicyStepModalProps, StepModal } from './step-modal.tsx';
import { usePolicyStep } from './use-policy-step.ts';

/** Takes a policy out of force for good, with the reason on the record. */
export function RetirePolicyModal({ opened, policy, onClose, onDone }: PolicyStepModalProps) {
  const step = usePolicyStep(policy.id, onDone);
  const [reason, setReason] = useState('');
  const body: RetireBody = { reason: reason.trim() };
  return (
    <StepModal
      opened={opened}
      title={`Retire ${policy.title}?`}
      confirmLabel="Retire the policy"
      color="red"
      ready={body.reason !== ''}
      step={step}
      onConfirm={() => step.run('/retire', body)}
      onClose={onClose}
    >
      <Text size="sm">
        It is no longer in force, nobody is asked to acknowledge it, and its yearly review stops. Its versions and every step taken stay on
        the record. This cannot be undone; to change a policy, edit it instead.
      </Text>
      <Textarea
        label="Why is it retired?"
        required
        autosize
        minRows={2}
        maxLength={500}
        placeholder="Merged into the Information Security Policy"
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
      />
    </StepModal>
  );
}
