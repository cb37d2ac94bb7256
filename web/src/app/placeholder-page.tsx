import { Alert, Stack, Text, Title } from '@mantine/core';
import { useSession } from '../identity/session-context.tsx';
import { Link } from './router.tsx';

/** A module that is planned but not built: what it will do, and nothing pretending to be data. */
export function PlaceholderPage({ title, purpose }: { title: string; purpose: string }) {
  const { can } = useSession();
  return (
    <Stack gap="md" maw={720}>
      <Title order={2}>{title}</Title>
      <Text>{purpose}</Text>
      <Alert color="gray" variant="light" title="Not built yet">
        This module is planned but does not exist yet, so nothing is shown or recorded here.
        {can('evidence:read') && (
          <>
            {' '}
            Everything Groundwork has recorded so far is on the <Link to="/evidence">Evidence</Link> page.
          </>
        )}
      </Alert>
    </Stack>
  );
}
