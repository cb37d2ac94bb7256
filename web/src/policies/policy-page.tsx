import { Anchor, Center, Grid, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from '../app/router.tsx';
import { useSession } from '../identity/session-context.tsx';
import { formatDate } from '../ui/format-date.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import { PolicyAcknowledgements } from './policy-acknowledgements.tsx';
import { PolicyDiff } from './policy-diff.tsx';
import { PolicyEditor } from './policy-editor.tsx';
import { PolicyFacts } from './policy-facts.tsx';
import { PolicyNextStep } from './policy-next-step.tsx';
import { ReviewDueText } from './review-due-text.tsx';
import { PolicyStatusBadge } from './policy-status-badge.tsx';
import { PolicyText } from './policy-text.tsx';
import { type PolicyDetail, policyUrl } from './policy-types.ts';
import { PolicyVersions } from './policy-versions.tsx';

/**
 * /policies/:id: one policy's text, what it governs, its versions and what changed between
 * them; owners and admins also see the next step (submit, approve, publish, review) and edit.
 */
export function PolicyPage({ id }: { id: string }) {
  const { can } = useSession();
  const manage = can('policies:manage');
  const detail = useApi<PolicyDetail>(policyUrl(id));
  const [editing, setEditing] = useState(false);
  const policy = detail.data;

  return (
    <Stack gap="md" maw={1200}>
      <BackLink />
      {detail.error ? (
        <ProblemAlert problem={detail.error} />
      ) : !policy ? (
        <Center p="xl">
          <Loader aria-label="Loading the policy" />
        </Center>
      ) : (
        <>
          <Heading policy={policy} />
          {manage && !editing && (
<PolicyNextStep policy={policy} onEdit={() => setEditing(true)} onChanged={detail.reload} />
          )}
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Stack gap="md">
                {editing ? (
                  <PolicyEditor
                    policy={policy}
                    onCancel={() => setEditing(false)}
                    onSaved={() => {
                      setEditing(false);
                      detail.reload();
                    }}
                  />
                ) : (
                  // Keyed on the newest version so a saved edit or a step shows the text as it now is.
                  <PolicyText key={`${policy.latest.version}:${policy.status}`} policy={policy} initial={manage ? policy.latest.version : (policy.published?.version ?? policy.latest.version)} />
                )}
                {policy.versions.length > 1 && <PolicyDiff key={policy.latest.version} policy={policy} />}
                {can('people:read') && policy.kind !== 'procedure' && policy.status === 'published' && <PolicyAcknowledgements key={policy.published?.version} policy={policy} />}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Stack gap="md">
                <PolicyFacts policy={policy} />
                <PolicyVersions versions={policy.versions} />
              </Stack>
            </Grid.Col>
          </Grid>
        </>
      )}
    </Stack>
  );
}

function BackLink() {
  return (
    <Text size="sm">
      <Link to="/policies">← All policies</Link>
    </Text>
  );
}

function Heading({ policy }: { policy: PolicyDetail }) {
  const { timeZone } = useWorkspace();
  const { published } = policy;
  return (
    <div>
      <Group gap="sm" align="center">
        <Title order={2}>{policy.title}</Title>
        <PolicyStatusBadge status={policy.status} selfApproved={policy.status === 'published' && published?.selfApproved} />
      </Group>
      <Text size="sm" c="dimmed">
        {policy.retiredAt
          ? `Retired on ${formatDate(policy.retiredAt, timeZone)}.`
          : published?.publishedAt
            ? `Version ${published.version} in force since ${formatDate(published.publishedAt, timeZone)}.`
            : 'Not in force yet: it becomes so once approved and published.'}
        {!policy.retiredAt && policy.latest.version !== published?.version && published && ` Version ${policy.latest.version} is being prepared.`}
      </Text>
      {policy.review && (
        <Group gap={6} mt={4}>
          <Text size="sm" c="dimmed">
            Yearly review:
          </Text>
          <ReviewDueText review={policy.review} />
        </Group>
      )}
      {published && (
        <Group gap="xs" mt={4}>
          <Anchor size="sm" href={`/api/policies/${encodeURIComponent(policy.id)}/export.pdf`}>
            Download PDF
          </Anchor>
          <Anchor size="sm" href={`/api/policies/${encodeURIComponent(policy.id)}/export.md`}>
            Markdown
          </Anchor>
        </Group>
      )}
    </div>
  );
}
