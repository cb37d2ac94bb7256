import { DataList, Paper, SimpleGrid } from '@mantine/core';
import { formatDate } from '../ui/format-date.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import { duration } from './duration.ts';
import { categoryLabels, classificationLabels, type System } from './system-types.ts';

/** What a system is and how people sign in to it, as the inventory records it. */
export function SystemDetails({ system }: { system: System }) {
  const { timeZone } = useWorkspace();
  const left: [string, string][] = [
    ['Owner', system.owner],
    ['Category', categoryLabels[system.category]],
    ['Data', `${classificationLabels[system.classification].label}: ${classificationLabels[system.classification].holds}`],
    ['In the audit’s scope', system.inScope ? 'Yes: reviewed every quarter' : 'No'],
  ];
  const right: [string, string][] = [
    ['Sign-in', `SSO ${system.ssoEnforced ? 'enforced' : 'not enforced'}, MFA ${system.mfaEnforced ? 'enforced' : 'not enforced'}`],
    ['Session timeout', system.sessionTimeoutMinutes === null ? 'Unknown' : duration(system.sessionTimeoutMinutes)],
    ['New hires get', system.defaultRole ?? 'Not set'],
    ['Accounts arrive', system.accountsFrom === 'import' ? 'By importing the system’s export' : `Pulled by the ${system.accountsFrom} connector`],
    ['Added', system.retiredAt ? `${formatDate(system.createdAt, timeZone)}; retired ${formatDate(system.retiredAt, timeZone)}` : formatDate(system.createdAt, timeZone)],
  ];
  return (
    <Paper withBorder radius="md" p="lg" aria-label="Details">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        {[left, right].map((items, i) => (
          <DataList key={i} labelWidth={150} gap={6}>
            {items.map(([label, value]) => (
              <DataList.Item key={label}>
                <DataList.ItemLabel>{label}</DataList.ItemLabel>
                <DataList.ItemValue>{value}</DataList.ItemValue>
              </DataList.Item>
            ))}
          </DataList>
        ))}
      </SimpleGrid>
    </Paper>
  );
}
