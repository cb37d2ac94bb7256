import { Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { ReviewBody } from './policy-types.ts';
import { type PolicyStepModalProps, StepModal } from './step-modal.tsx';
import { usePolicyStep } from './use-policy-step.ts';

/** Records the yearly review of the version in force, with or without changes. */
export function ReviewPolicyModal({ opened, policy, onClose, onDone }: PolicyStepModalProps) {
  const step = usePolicyStep(policy.id, onDone);
  const [changed, setChanged] = useState<string>();
  const [note, setNote] = useState('');
  const body: ReviewBody = { changed: changed === 'yes', ...(note.trim() ? { note: note.trim() } : {}) };
  return (
    <StepModal
      opened={opened}
      title={`Record the yearly review of ${policy.title}`}
      confirmLabel="Record the review"
      ready={changed !== undefined}
      step={step}
      onConfirm={() => step.run('/reviews', body)}
      onClose={onClose}
    >
      <Text size="sm">
        Once a year someone reads the policy again and checks it still describes what your company does. Recording it completes this
        year’s review and schedules the next. If it needed changes, edit, approve and publish the new version first, then record the review.
      </Text>
      <Radio.Group label={`Did the review change version ${policy.published?.version ?? ''}?`} value={changed ?? null} onChange={setChanged} required>
        <Stack gap={6} mt={6}>
          <Radio value="no" label="No: it is still true as written" />
          <Radio value="yes" label="Yes: the changes are published as a new version" />
        </Stack>
      </Radio.Group>
      <Textarea label="Note" description="Optional: what you checked, what you changed" autosize minRows={2} maxLength={2000} value={note} onChange={(event) => setNote(event.currentTarget.value)} />
    </StepModal>
  );
}
