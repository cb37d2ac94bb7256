import { Button, Center, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { navigate } from '../app/router.tsx';
import { useSession } from '../identity/session-context.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import { AcknowledgementsDue } from './acknowledgements-due.tsx';
import type { AcknowledgementSummary } from './acknowledgement-types.ts';
import { AdoptPolicyModal } from './adopt-policy-modal.tsx';
import { PoliciesProgress } from './policies-progress.tsx';
import { PoliciesTable } from './policies-table.tsx';
import type { PolicyList, TemplateList, TemplateSummary } from './policy-types.ts';
import { TemplateCard } from './template-card.tsx';
import { TemplatePreview } from './template-preview.tsx';

/**
 * /policies: how many of the fifteen are in force, the company's own policies, and below them
 * the templates not adopted yet, grouped as the guide advises: the day-one five first.
 */
export function PoliciesPage() {
  const { can } = useSession();
  const manage = can('policies:manage');
  const templates = useApi<TemplateList>('/api/policy-templates');
  const policies = useApi<PolicyList>('/api/policies');
  const [previewing, setPreviewing] = useState<string>();
  const [adopting, setAdopting] = useState<TemplateSummary>();
  const problem = templates.error ?? policies.error;

  return (
    <Stack gap="lg" maw={1100}>
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <div>
          <Title order={2}>Policies</Title>
          <Text c="dimmed" size="sm" maw={760}>
            The fifteen policies SOC 2 expects, each a page or less, each pointing at the procedure that carries it out and the records that
            prove it. {manage ? 'Adopt a template, make it true for your company, then approve and publish it.' : 'Your role can read the policies but not change them.'}
          </Text>
        </div>
        <Group gap="xs" wrap="nowrap">
          {can('people:read') && policies.data?.policies.some((p) => p.status === 'published') && (
            <Button variant="default" onClick={() => navigate('/policies/acknowledgements')}>
              Acknowledgements
            </Button>
          )}
          {policies.data?.policies.some((p) => p.status === 'published') && (
            <Button component="a" href="/api/policies/export.zip" variant="default">
              Download all (ZIP)
            </Button>
          )}
        </Group>
      </Group>
      <AcknowledgementsDue />
      {problem ? (
        <ProblemAlert problem={problem} />
      ) : !templates.data || !policies.data ? (
        <Center p="xl">
          <Loader aria-label="Loading the policies" />
        </Center>
      ) : (
        <Content
          templates={templates.data.templates}
          policies={policies.data.policies}
          acknowledgements={policies.data.acknowledgements}
          onPreview={setPreviewing}
          onAdopt={manage ? setAdopting : undefined}
        />
      )}
      <TemplatePreview id={previewing} onClose={() => setPreviewing(undefined)} />
      <AdoptPolicyModal template={adopting} onClose={() => setAdopting(undefined)} onAdopted={(policy) => navigate(`/policies/${encodeURIComponent(policy.id)}`)} />
    </Stack>
  );
}

interface ContentProps {
  templates: TemplateSummary[];
  policies: PolicyList['policies'];
  acknowledgements: AcknowledgementSummary;
  onPreview(id: string): void;
  onAdopt: ((template: TemplateSummary) => void) | undefined;
}

function Content({ templates, policies, acknowledgements, onPreview, onAdopt }: ContentProps) {
  const adopted = new Set(policies.map((p) => p.templateId));
  const order = (templateId: string | null) => {
    const index = templates.findIndex((t) => t.id === templateId);
    return index < 0 ? templates.length : index;
  };
  // Procedures are reached from their policy's page.
  const ours = policies.filter((p) => p.kind !== 'procedure').sort((a, b) => order(a.templateId) - order(b.templateId));
  const open = templates.filter((t) => !adopted.has(t.id));
  const groups: [string, string, TemplateSummary[]][] = [
    ['Day one', 'Write and approve these first: they govern the decisions you make from the first hire.', open.filter((t) => t.tier === 'day-one')],
    ['Later', 'Add these as the work they describe comes into focus; all fifteen should be approved by the time the audit window opens.', open.filter((t) => t.tier === 'later')],
    ['For everyone who joins', 'Read and acknowledged on the first day.', open.filter((t) => t.kind === 'orientation')],
  ];
  return (
    <>
      <PoliciesProgress policies={policies} templates={templates} acknowledgements={acknowledgements} />
      <Stack gap="xs" component="section" aria-label="Your policies">
        <Title order={3} size="h4">
          Your policies
        </Title>
        {ours.length === 0 ? (
          <Text size="sm" c="dimmed">
            None yet. {onAdopt ? 'Adopt a template below to start: the day-one five first.' : 'An owner or admin adopts them from the templates below.'}
          </Text>
        ) : (
          <PoliciesTable policies={ours} />
        )}
      </Stack>
      {open.length > 0 && (
        <Stack gap="md">
          <div>
            <Title order={3} size="h4">
              Templates not adopted yet
            </Title>
            <Text size="sm" c="dimmed">
              {onAdopt ? 'Read one, then adopt it: you fill in a few blanks and get a draft to make your own.' : 'Read what each will say once adopted.'}
            </Text>
          </div>
          {groups
            .filter(([, , members]) => members.length > 0)
            .map(([title, description, members]) => (
              <Stack key={title} gap="xs" component="section" aria-label={title}>
                <Title order={4} size="h5">
                  {title}
                </Title>
                <Text size="sm" c="dimmed">
                  {description}
                </Text>
                <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
                  {members.map((template) => (
                    <TemplateCard key={template.id} template={template} onPreview={() => onPreview(template.id)} onAdopt={onAdopt && (() => onAdopt(template))} />
                  ))}
                </SimpleGrid>
              </Stack>
            ))}
        </Stack>
      )}
    </>
  );
}
