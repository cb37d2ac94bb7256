import { Center, Loader, Text } from '@mantine/core';
import { Link } from '../app/router.tsx';
import { useSession } from '../identity/session-context.tsx';
import { apiPath } from '../ui/api.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { Section } from '../ui/section.tsx';
import { useApi } from '../ui/use-api.ts';
import { AcknowledgementLinkButton } from './acknowledgement-link-button.tsx';
import type { AcknowledgementRows } from './acknowledgement-types.ts';
import { AcknowledgementsTable } from './acknowledgements-table.tsx';
import type { PolicyDetail } from './policy-types.ts';

/** On a policy in force: who acknowledged which version and when, who has not, and a link for them. */
export function PolicyAcknowledgements({ policy }: { policy: PolicyDetail }) {
  const manage = useSession().can('policies:manage');
  const found = useApi<AcknowledgementRows>(apiPath('/api/acknowledgements', { policy: policy.id }));
  const rows = found.data?.rows ?? [];
  const done = rows.filter((r) => r.status === 'acknowledged').length;
  return (
    <Section
      title="Acknowledgements"
      description={
        found.data && (
          <>
            {rows.length === 0 ? 'Nobody in the directory is asked to acknowledge it yet.' : `${done} of ${rows.length} people have acknowledged it.`}{' '}
            <Link to="/policies/acknowledgements">Every policy</Link>
          </>
        )
      }
    >
      {found.error ? (
        <ProblemAlert problem={found.error} />
      ) : !found.data ? (
        <Center p="md">
          <Loader size="sm" aria-label="Loading the acknowledgements" />
        </Center>
      ) : rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          People are asked once they are in the directory as one of: {policy.appliesTo.join(', ')}.
        </Text>
      ) : (
        <AcknowledgementsTable rows={rows} showPolicy={false} action={manage ? (row) => <AcknowledgementLinkButton person={row.email} name={row.name} /> : undefined} />
      )}
    </Section>
  );
}
