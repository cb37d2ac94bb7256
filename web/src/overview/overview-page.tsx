import { Stack, Text, Title } from '@mantine/core';
import { DueNow } from '../cadence/due-now.tsx';
import { VerifyBanner } from '../evidence/verify-banner.tsx';
import type { VerifyResult } from '../evidence/evidence-types.ts';
import { Link, navigate } from '../app/router.tsx';
import { useApi } from '../ui/use-api.ts';
import { useWorkspace } from '../ui/workspace.tsx';

/** The first page: which workspace this is, whether its evidence holds, and what is due. */
export function OverviewPage() {
  const workspace = useWorkspace();
  const verify = useApi<VerifyResult>('/api/evidence/verify');
  return (
    <Stack gap="lg" maw={960}>
      <div>
        <Title order={2}>{workspace.name}</Title>
        <Text c="dimmed" size="sm">
          Time zone {workspace.timeZone}. Browse everything recorded so far on the <Link to="/evidence">Evidence</Link> page.
        </Text>
      </div>
      <VerifyBanner verify={verify} onShowEvent={(seq) => navigate(`/evidence?event=${seq}`)} />
      <DueNow />
    </Stack>
  );
}
