import { Button, Center, Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { Link, navigate, useLocation } from '../app/router.tsx';
import { useSession } from '../identity/session-context.tsx';
import { apiPath } from '../ui/api.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import { AcknowledgementLinkButton } from './acknowledgement-link-button.tsx';
import type { AcknowledgementRows } from './acknowledgement-types.ts';
import { AcknowledgementsTable } from './acknowledgements-table.tsx';

/** /policies/acknowledgements: who has not acknowledged what, for everyone, as a table and as CSV. */
export function AcknowledgementsPage() {
  const manage = useSession().can('policies:manage');
  const { search } = useLocation();
  const outstanding = new URLSearchParams(search).get('outstanding') === 'true';
  const all = useApi<AcknowledgementRows>('/api/acknowledgements');
  const rows = all.data?.rows ?? [];
  const people = new Set(rows.map((r) => r.personId));
  const behind = new Set(rows.filter((r) => r.status === 'outstanding').map((r) => r.personId));
  const shown = outstanding ? rows.filter((r) => r.status === 'outstanding') : rows;
  // One link covers everything a person owes: offered once per person.
  const linkRow = new Map<string, string>();
  for (const row of rows) if (row.status === 'outstanding' && !linkRow.has(row.personId)) linkRow.set(row.personId, row.policyId);

  return (
    <Stack gap="lg" maw={1100}>
      <Text size="sm">
        <Link to="/policies">← All policies</Link>
      </Text>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Acknowledgements</Title>
          <Text c="dimmed" size="sm" maw={720}>
            Everyone joining or working here, with each policy in force for their kind of engagement. A change published as material asks everyone
            again; a wording change does not.
          </Text>
        </div>
        <Button component="a" variant="default" href={apiPath('/api/acknowledgements.csv', { outstanding: outstanding ? 'true' : undefined })}>
          Download CSV
        </Button>
      </Group>
      <Group justify="space-between">
        <SegmentedControl
          aria-label="Show"
          value={outstanding ? 'outstanding' : 'all'}
          onChange={(value) => navigate(value === 'outstanding' ? '/policies/acknowledgements?outstanding=true' : '/policies/acknowledgements', { replace: true })}
          data={[
            { value: 'all', label: 'Everyone' },
            { value: 'outstanding', label: 'Outstanding only' },
          ]}
        />
        {all.data && (
          <Text size="sm" data-testid="acknowledgements-summary">
            {people.size === 0
              ? 'No policy in force applies to anyone in the directory yet.'
              : `${people.size - behind.size} of ${people.size} people have acknowledged everything that applies to them.`}
          </Text>
        )}
      </Group>
      {all.error ? (
        <ProblemAlert problem={all.error} />
      ) : !all.data ? (
        <Center p="xl">
          <Loader aria-label="Loading the acknowledgements" />
        </Center>
      ) : shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          {outstanding && rows.length > 0 ? 'Nothing outstanding.' : 'Nothing to show yet: publish a policy, and add people to the directory.'}
        </Text>
      ) : (
        <AcknowledgementsTable rows={shown} showPolicy action={manage ? (row) => linkRow.get(row.personId) === row.policyId && <AcknowledgementLinkButton person={row.email} name={row.name} /> : undefined} />
      )}
    </Stack>
  );
}
