import { Center, Group, Loader, Paper, Select, Stack, Text, Typography } from '@mantine/core';
import { useState } from 'react';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import { PolicyStatusBadge, statusLabel } from './policy-status-badge.tsx';
import { type PolicyDetail, policyUrl, type VersionWithText } from './policy-types.ts';

/** One version's text, rendered: the newest by default, any other chosen from the list. */
export function PolicyText({ policy, initial }: { policy: PolicyDetail; initial: number }) {
  const [chosen, setChosen] = useState(initial);
  const newest = policy.latestText;
  const other = useApi<VersionWithText>(chosen === newest.version ? null : policyUrl(policy.id, `/versions/${chosen}`));
  const shown = chosen === newest.version ? newest : other.data?.version === chosen ? other.data : undefined;
  const options = [...policy.versions].reverse().map((v) => ({ value: String(v.version), label: `Version ${v.version}: ${statusLabel(v.status).toLowerCase()}` }));

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label="Text">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          {shown ? (
            <Group gap="xs">
              <Text size="sm" fw={600}>
                Version {shown.version}
              </Text>
              <PolicyStatusBadge status={shown.status} selfApproved={shown.selfApproved} />
            </Group>
          ) : (
            <span />
          )}
          {options.length > 1 && (
            <Select aria-label="Version shown" data={options} value={String(chosen)} onChange={(value) => value && setChosen(Number(value))} allowDeselect={false} size="xs" w={230} />
          )}
        </Group>
        {other.error && chosen !== newest.version ? (
          <ProblemAlert problem={other.error} />
        ) : !shown ? (
          <Center p="xl">
            <Loader aria-label="Loading the text" />
          </Center>
        ) : (
          // Rendered by the server with raw HTML shown as text: nothing in a policy runs here.
          <Typography data-testid="policy-text">
            <div dangerouslySetInnerHTML={{ __html: shown.html }} />
          </Typography>
        )}
      </Stack>
    </Paper>
  );
}
