import { Table, Text } from '@mantine/core';
import { Link } from '../app/router.tsx';
import { formatDate } from '../ui/format-date.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import { PolicyStatusBadge, statusLabel } from './policy-status-badge.tsx';
import type { PolicySummary } from './policy-types.ts';
import { ReviewDueText } from './review-due-text.tsx';

/** The company's own policies: where each stands, which version is in force and since when. */
export function PoliciesTable({ policies }: { policies: PolicySummary[] }) {
  const { timeZone } = useWorkspace();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" aria-label="Your policies" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Policy</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Version in force</Table.Th>
            <Table.Th>Published</Table.Th>
            <Table.Th>Yearly review</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {policies.map((policy) => {
            const { published, latest } = policy;
            const pending = latest.version !== published?.version && !policy.retiredAt ? latest : undefined;
            return (
              <Table.Tr key={policy.id} data-policy={policy.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    <Link to={`/policies/${encodeURIComponent(policy.id)}`}>{policy.title}</Link>
                  </Text>
                  <Text size="xs" c="dimmed">
                    owned by the {policy.ownerRole}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <PolicyStatusBadge status={policy.status} selfApproved={policy.status === 'published' && published?.selfApproved} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{published ? `Version ${published.version}` : 'None yet'}</Text>
                  {pending && (
                    <Text size="xs" c="dimmed">
                      version {pending.version}: {statusLabel(pending.status).toLowerCase()}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{published?.publishedAt ? formatDate(published.publishedAt, timeZone) : '—'}</Text>
                  {policy.retiredAt && (
                    <Text size="xs" c="dimmed">
                      retired {formatDate(policy.retiredAt, timeZone)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <ReviewDueText review={policy.review} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
