import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { formatDate } from '../ui/format-date.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import { PolicyStatusBadge } from './policy-status-badge.tsx';
import type { VersionMeta } from './policy-types.ts';

/** Every version, newest first: who wrote, approved and published it, and when. */
export function PolicyVersions({ versions }: { versions: VersionMeta[] }) {
  const { timeZone } = useWorkspace();
  const day = (iso: string | null) => (iso ? formatDate(iso, timeZone) : undefined);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Versions">
      <Stack gap="xs">
        <Title order={3} size="h5">
          Versions
        </Title>
        <Table verticalSpacing={6} horizontalSpacing={6} aria-label="Version history">
          <Table.Tbody>
            {[...versions].reverse().map((v) => (
              <Table.Tr key={v.version} data-version={v.version}>
                <Table.Td w={28} valign="top">
                  <Text size="sm" fw={600}>
                    {v.version}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <PolicyStatusBadge status={v.status} selfApproved={v.selfApproved} />
                  <Text size="xs" c="dimmed" mt={4}>
                    Written {day(v.createdAt)} by {v.createdBy}
                  </Text>
                  {v.approvedAt && (
                    <Text size="xs" c="dimmed">
                      Approved {day(v.approvedAt)} by {v.approvedBy}
                    </Text>
                  )}
                  {v.publishedAt && (
                    <Text size="xs" c="dimmed">
                      Published {day(v.publishedAt)} by {v.publishedBy}
                      {v.material === false ? ' (wording only)' : ''}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
