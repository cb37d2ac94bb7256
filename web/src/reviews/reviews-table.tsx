import { Badge, Group, Table, Text } from '@mantine/core';
import { Link } from '../app/router.tsx';
import { actorName } from '../ui/actor-name.ts';
import { formatDate } from '../ui/format-date.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import { type Review, reportPage, reviewPage, stageLabels } from './review-types.ts';

/** Every review, newest first: when it ran, and where each of its systems stands. */
export function ReviewsTable({ reviews }: { reviews: Review[] }) {
  const { timeZone } = useWorkspace();
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table verticalSpacing="sm" aria-label="Access reviews" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Quarter</Table.Th>
            <Table.Th>Started</Table.Th>
            <Table.Th>Closed</Table.Th>
            <Table.Th>Systems</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reviews.map((review) => (
            <Table.Tr key={review.id} data-review={review.quarter}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  <Link to={reviewPage(review.id)}>{review.quarter}</Link>
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDate(review.startedAt, timeZone)}</Text>
                <Text size="xs" c="dimmed">
                  by {actorName(review.startedBy)}
                </Text>
              </Table.Td>
              <Table.Td>
                {review.closedAt ? (
                  <Text size="sm">{formatDate(review.closedAt, timeZone)}</Text>
                ) : (
                  <Badge variant="light" color="blue">
                    Open
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={6}>
                  {review.systems.map((system) => (
                    <Badge key={system.systemId} variant="light" color={stageLabels[system.stage].color} tt="none">
                      {system.systemName}: {stageLabels[system.stage].label}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Link to={reportPage(review.id)}>Report</Link>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
