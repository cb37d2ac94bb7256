import { Button, Center, Group, Loader, Modal, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import type { AdoptBody, PolicySummary, TemplatePreview, TemplateSummary, TemplateValues } from './policy-types.ts';

export interface AdoptPolicyModalProps {
  template: TemplateSummary | undefined;
  onClose(): void;
  onAdopted(policy: PolicySummary): void;
}

/** Fills in a template's blanks and adopts it as version 1, a draft the company then edits and approves. */
export function AdoptPolicyModal({ template, onClose, onAdopted }: AdoptPolicyModalProps) {
  return (
    <Modal opened={template !== undefined} onClose={onClose} title={<Text fw={600}>Adopt the {template?.title}</Text>} centered size="lg">
      {template && <AdoptForm key={template.id} id={template.id} onClose={onClose} onAdopted={onAdopted} />}
    </Modal>
  );
}

function AdoptForm({ id, onClose, onAdopted }: { id: string; onClose(): void; onAdopted(policy: PolicySummary): void }) {
  const preview = useApi<TemplatePreview>(`/api/policy-templates/${encodeURIComponent(id)}`);
  if (preview.error) return <ProblemAlert problem={preview.error} />;
  if (!preview.data)
    return (
      <Center p="lg">
        <Loader aria-label="Loading the template" />
      </Center>
    );
  return <VariablesForm template={preview.data} onClose={onClose} onAdopted={onAdopted} />;
}

function VariablesForm({ template, onClose, onAdopted }: { template: TemplatePreview; onClose(): void; onAdopted(policy: PolicySummary): void }) {
  const workspace = useWorkspace();
  const [values, setValues] = useState<TemplateValues>(() =>
    Object.fromEntries(template.variables.map((v) => [v.name, v.name === 'companyName' ? workspace.name : v.suggestion])),
  );
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const body: AdoptBody = { templateId: template.id, values };
    sendJson<PolicySummary>('POST', '/api/policies', body).then(onAdopted, (failure: ApiProblem) => {
      setProblem(failure);
      setBusy(false);
    });
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          These fill the blanks in the text. The suggestions suit most companies of 5 to 50 people; change what is not true for yours. You
          can edit any word of the text afterwards, and nothing is in force until it is approved and published.
        </Text>
        {problem && <ProblemAlert problem={problem} title="The policy was not adopted" />}
        {template.variables.map((variable, index) => (
          <TextInput
            key={variable.name}
            label={variable.label}
            required
            data-autofocus={index === 0 || undefined}
            value={values[variable.name] ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setValues((current) => ({ ...current, [variable.name]: value }));
            }}
          />
        ))}
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            Adopt as a draft
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
