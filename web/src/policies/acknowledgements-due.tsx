import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { navigate } from '../app/router.tsx';
import { plural } from '../ui/plural.ts';
import { useApi } from '../ui/use-api.ts';
import type { MyAcknowledgements } from './acknowledgement-types.ts';

/** For anyone signed in who owes acknowledgements: how many, and the way to them. Nothing otherwise. */
export function AcknowledgementsDue() {
  const { data } = useApi<MyAcknowledgements>('/api/account/acknowledgements');
  const owed = data?.outstanding ?? [];
  if (owed.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" bg="yellow.0" component="section" aria-label="Policies to acknowledge">
      <Group justify="space-between" align="center" gap="sm">
        <Stack gap={2}>
          <Title order={3} size="h5">
            {plural(owed.length, 'policy', 'policies')} to acknowledge
          </Title>
          <Text size="sm" c="dimmed">
            {owed.map((p) => p.title).join(', ')}
          </Text>
        </Stack>
        <Button onClick={() => navigate('/policies/acknowledge')}>Read and acknowledge</Button>
      </Group>
    </Paper>
  );
}
