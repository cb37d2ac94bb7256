import { Group, Stack, Table, Text } from '@mantine/core';
import { Link } from '../app/router.tsx';
import { useWorkspace } from '../ui/workspace.tsx';
import { ChecklistProgress } from './checklist-progress.tsx';
import { type PersonSummary, personKindLabels, personPage } from './people-types.ts';
import { PastEndDateBadge, StatusBadge, statusReason } from './status-badge.tsx';

/** The directory: each person's current engagement, where it stands and why. */
export function PeopleTable({ people }: { people: PersonSummary[] }) {
  const { timeZone } = useWorkspace();
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table verticalSpacing="sm" aria-label="People" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>Title</Table.Th>
            <Table.Th>Manager</Table.Th>
            <Table.Th>Start</Table.Th>
            <Table.Th>End</Table.Th>
            <Table.Th w={210}>Status</Table.Th>
            <Table.Th>Checklist</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((person) => {
            const { current } = person;
            return (
              <Table.Tr key={person.id} data-person={person.email}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    <Link to={personPage(person.id)}>{person.name}</Link>
                  </Text>
                  <Text size="xs" c="dimmed">
                    {person.email}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{personKindLabels[current.kind]}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{current.title ?? '—'}</Text>
                  {current.department && (
                    <Text size="xs" c="dimmed">
                      {current.department}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{current.manager?.name ?? '—'}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {current.startOn}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {current.endOn ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    <Group gap={4}>
                      <StatusBadge engagement={current} />
                      <PastEndDateBadge engagement={current} />
                    </Group>
                    <Text size="xs" c="dimmed">
                      {current.pastEndDate ? `ended ${current.endOn}; offboarding not started` : statusReason(current, timeZone)}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <ChecklistProgress engagement={current} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
