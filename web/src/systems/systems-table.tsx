import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { AccountsSummary } from '../accounts/accounts-summary.tsx';
import { Link } from '../app/router.tsx';
import { formatDate } from '../ui/format-date.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import { duration } from './duration.ts';
import { categoryLabels, classificationLabels, type System, systemPage } from './system-types.ts';

export interface SystemsTableProps {
  systems: System[];
  /** Left out for roles that may only look. */
  onEdit?: (system: System) => void;
  onRetire?: (system: System) => void;
}

function YesNo({ value }: { value: boolean }) {
  return <Text size="sm">{value ? 'Yes' : 'No'}</Text>;
}

/** The inventory: what each system is, who owns it, what data it holds, how people sign in to it, and its accounts. */
export function SystemsTable({ systems, onEdit, onRetire }: SystemsTableProps) {
  const { timeZone } = useWorkspace();
  const manage = onEdit && onRetire;
  return (
    <Table.ScrollContainer minWidth={1160}>
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
            <Table.Th>Accounts in force</Table.Th>
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
                    <Link to={systemPage(system.id)}>{system.name}</Link>
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
                <Table.Td>
                  <AccountsSummary systemId={system.id} />
                </Table.Td>
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
