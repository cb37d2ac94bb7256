import { Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { PublishBody } from './policy-types.ts';
import { type PolicyStepModalProps, StepModal } from './step-modal.tsx';
import { usePolicyStep } from './use-policy-step.ts';

/** Puts the approved version in force; a re-publication says whether people must read it again. */
export function PublishVersionModal({ opened, policy, onClose, onDone }: PolicyStepModalProps) {
  const step = usePolicyStep(policy.id, onDone);
  const [material, setMaterial] = useState<string>();
  const version = policy.latest.version;
  const first = policy.published === null;
  const body: PublishBody = first ? {} : { material: material === 'yes' };
  return (
    <StepModal
      opened={opened}
      title={`Publish version ${version}?`}
      confirmLabel={`Publish version ${version}`}
      color="green"
      ready={first || material !== undefined}
      step={step}
      onConfirm={() => step.run(`/versions/${version}/publish`, body)}
      onClose={onClose}
    >
      {first ? (
        <Text size="sm">
          From now on this is {policy.title} of your company: everyone it applies to reads and acknowledges it, and Groundwork schedules its
          yearly review a year from today.
        </Text>
      ) : (
        <Stack gap="sm">
          <Text size="sm">
            Version {version} replaces version {policy.published?.version}, which is in force today.
          </Text>
          <Radio.Group label="Does this change what people must do?" value={material ?? null} onChange={setMaterial} required>
            <Stack gap={6} mt={6}>
              <Radio value="yes" label="Yes: everyone it applies to reads and acknowledges it again" />
              <Radio value="no" label="No, it only clarifies or corrects the wording: earlier acknowledgements still count" />
            </Stack>
          </Radio.Group>
        </Stack>
      )}
    </StepModal>
  );
}
