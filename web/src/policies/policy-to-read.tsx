import { Badge, Group, Paper, Stack, Text, Title, Typography } from '@mantine/core';
import type { ReactNode } from 'react';
import type { PolicyToRead as Policy } from './acknowledgement-types.ts';

/** One policy someone is asked to read, as the server rendered it, with what they do once they have read it. */
export function PolicyToRead({ policy, children }: { policy: Policy; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="lg" component="article" aria-label={policy.title} data-policy-to-read={policy.policyId}>
      <Stack gap="sm">
        <Group justify="space-between" align="baseline" gap="xs">
          <Title order={3} size="h4">
            {policy.title}
          </Title>
          <Group gap={6}>
            <Badge variant="light" color="gray">
              Version {policy.version}
            </Badge>
            {policy.previousVersion !== null && (
              <Text size="xs" c="dimmed">
                changed since you acknowledged version {policy.previousVersion}
              </Text>
            )}
          </Group>
        </Group>
        {/* Rendered by the server with raw HTML shown as text: nothing in a policy runs here. */}
        <Typography data-testid="policy-to-read-text" mah={420} style={{ overflowY: 'auto' }}>
          <div dangerouslySetInnerHTML={{ __html: policy.html }} />
        </Typography>
        {children}
      </Stack>
    </Paper>
  );
}
