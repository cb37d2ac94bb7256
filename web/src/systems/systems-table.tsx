import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { formatDate } from '../ui/format-date.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import { categoryLabels, classificationLabels, type System } from './system-types.ts';

export interface SystemsTableProps {
  systems: System[];
  /** Left out for roles that may only look. */
  onEdit?: (system: System) => void;
  onRetire?: (system: System) => void;
}

/** 10080 → "7 days", 480 → "8 h", 45 → "45 min". */
function duration(minutes: number): string {
  if (minutes % 1440 === 0) return minutes === 1440 ? '1 day' : `${minutes / 1440} days`;
  if (minutes % 60 === 0) return `${minutes / 60} h`;
  return `${minutes} min`;
}

function YesNo({ value }: { value: boolean }) {
  return <Text size="sm">{value ? 'Yes' : 'No'}</Text>;
}

/** The inventory: what each system is, who owns it, what data it holds, and how people sign in to it. */
export function SystemsTable({ systems, onEdit, onRetire }: SystemsTableProps) {
  const { timeZone } = useWorkspace();
  const manage = onEdit && onRetire;
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table verticalSpacing="sm" aria-label="Systems" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>System</Table.Th>
            <Table.Th>Category</Table.Th>
            <Table.Th>Owner</Table.Th>
            <Table.Th>Classification</Table.Th>
            <Table.Th>In scope</Table.Th>
            <Table.Th>SSO</Table.Th>
            <Table.Th>MFA</Table.Th>
            <Table.Th>Session timeout</Table.Th>
            {manage && <Table.Th w={150} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {systems.map((system) => {
            const classification = classificationLabels[system.classification];
            return (
              <Table.Tr key={system.id} data-system={system.id} c={system.retiredAt ? 'dimmed' : undefined}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {system.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {system.retiredAt ? `${system.id} · retired ${formatDate(system.retiredAt, timeZone)}` : system.id}
                  </Text>
                </Table.Td>
                <Table.Td>{categoryLabels[system.category]}</Table.Td>
                <Table.Td>
                  <Text size="sm">{system.owner}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={system.retiredAt ? 'gray' : classification.color}>
                    {classification.label}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <YesNo value={system.inScope} />
                </Table.Td>
                <Table.Td>
                  <YesNo value={system.ssoEnforced} />
                </Table.Td>
                <Table.Td>
                  <YesNo value={system.mfaEnforced} />
                </Table.Td>
                <Table.Td>{system.sessionTimeoutMinutes === null ? '—' : duration(system.sessionTimeoutMinutes)}</Table.Td>
                {manage && (
                  <Table.Td>
                    {!system.retiredAt && (
                      <Group gap={6} wrap="nowrap">
                        <Button size="xs" variant="default" onClick={() => onEdit(system)} aria-label={`Edit ${system.name}`}>
                          Edit
                        </Button>
                        {system.id !== 'groundwork' && (
                          <Button size="xs" variant="subtle" color="red" onClick={() => onRetire(system)} aria-label={`Retire ${system.name}`}>
                            Retire
                          </Button>
                        )}
                      </Group>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
