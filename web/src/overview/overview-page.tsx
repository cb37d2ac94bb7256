import { Stack, Text, Title } from '@mantine/core';
import { DueNow } from '../cadence/due-now.tsx';
import { VerifyBanner } from '../evidence/verify-banner.tsx';
import type { VerifyResult } from '../evidence/evidence-types.ts';
import { Link, navigate } from '../app/router.tsx';
import { useSession } from '../identity/session-context.tsx';
import { MyTasks } from '../people/my-tasks.tsx';
import { AcknowledgementsDue } from '../policies/acknowledgements-due.tsx';
import { useApi } from '../ui/use-api.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import { RoleSummary } from './role-summary.tsx';

/** The first page: which workspace this is, whether its evidence holds, and what is due, as far as the role may see. */
export function OverviewPage() {
  const workspace = useWorkspace();
  const { can } = useSession();
  const evidence = can('evidence:read');
  const due = can('cadence:read');
  return (
    <Stack gap="lg" maw={960}>
      <div>
        <Title order={2}>{workspace.name}</Title>
        <Text c="dimmed" size="sm">
          Time zone {workspace.timeZone}.
          {evidence && (
            <>
              {' '}
              Browse everything recorded so far on the <Link to="/evidence">Evidence</Link> page.
            </>
          )}
        </Text>
      </div>
      <AcknowledgementsDue />
      {can('checklists:confirm') && <MyTasks />}
      {evidence && <EvidenceSummary />}
      {due && <DueNow />}
      {!(evidence && due) && <RoleSummary />}
    </Stack>
  );
}

function EvidenceSummary() {
  const verify = useApi<VerifyResult>('/api/evidence/verify');
  return <VerifyBanner verify={verify} onShowEvent={(seq) => navigate(`/evidence?event=${seq}`)} />;
}
