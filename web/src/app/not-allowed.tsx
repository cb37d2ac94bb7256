import { Alert, Stack, Text, Title } from '@mantine/core';
import type { Role } from '../identity/identity-types.ts';
import { Link } from './router.tsx';

/** A page the user's role may not see, opened from a link or typed in: say so instead of failing. */
export function NotAllowed({ role, page }: { role: Role; page: string }) {
  return (
    <Stack gap="md" maw={640}>
      <Title order={2}>{page}</Title>
      <Alert color="yellow" variant="light" title={`Your role (${role}) can’t see ${page}`} data-testid="not-allowed">
        <Text size="sm">
          Groundwork shows each role only what it needs. If your work needs this page, ask an owner or admin of your
          workspace to change your role.
        </Text>
      </Alert>
      <Text size="sm">
        Back to the <Link to="/">overview</Link>.
      </Text>
    </Stack>
  );
}
