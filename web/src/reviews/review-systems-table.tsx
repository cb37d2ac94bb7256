import { Group, Progress, Table, Text } from '@mantine/core';
import { Link } from '../app/router.tsx';
import { plural } from '../ui/plural.ts';
import { type Review, reviewScreen } from './review-types.ts';
import { StageBadge } from './stage-badge.tsx';

/** Each system of a review: its reviewer, how far the deciding has gone, what remediation remains, and its stage. */
export function ReviewSystemsTable({ review }: { review: Review }) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm" aria-label={`Systems of the ${review.quarter} review`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>System</Table.Th>
            <Table.Th>Reviewer</Table.Th>
            <Table.Th w={280}>Decided</Table.Th>
            <Table.Th>Revocations and changes</Table.Th>
            <Table.Th>Due</Table.Th>
            <Table.Th>Stage</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {review.systems.map((system) => {
            const decided = system.decided.keep + system.decided.revoke + system.decided.change;
            const toRemediate = system.decided.revoke + system.decided.change;
            return (
              <Table.Tr key={system.systemId} data-review-system={system.systemId}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    <Link to={reviewScreen(review.id, system.systemId)}>{system.systemName}</Link>
                  </Text>
                  <Text size="xs" c="dimmed">
                    {plural(system.items, 'account')}, {system.flagged} flagged
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{system.reviewer}</Text>
                </Table.Td>
                <Table.Td>
                  <Progress
                    value={system.items === 0 ? 100 : (100 * decided) / system.items}
                    color={decided === system.items ? 'green' : 'blue'}
                    aria-label={`${system.systemName}: ${decided} of ${system.items} decided`}
                  />
                  <Text size="xs" c="dimmed" mt={4}>
                    {decided} of {system.items} · {system.decided.keep} keep, {system.decided.revoke} revoke, {system.decided.change} change
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {toRemediate === 0
                      ? '—'
                      : `${system.remediation.confirmed} confirmed, ${system.remediation.excepted} excepted, ${system.remediation.open} open`}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {system.dueOn ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <StageBadge stage={system.stage} />
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
