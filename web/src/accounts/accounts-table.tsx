import { ActionIcon, Badge, Button, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useWorkspace } from '../ui/workspace.tsx';
import { AccountName } from './account-name.tsx';
import { AccountPerson } from './account-person.tsx';
import type { Account } from './account-types.ts';
import { AccountDetails } from './account-details.tsx';
import { FlagBadges } from './flag-badges.tsx';
import { lastActivity } from './last-activity.ts';

export interface AccountsTableProps {
  accounts: Account[];
  /** Left out for roles that may only look. */
  onMap?: (account: Account) => void;
}

const mfaLabel = (mfa: boolean | null) => (mfa === null ? '—' : mfa ? 'Yes' : 'No');

/** One page of a system's accounts; a row opens to show each flag's rule and the fields it read. */
export function AccountsTable({ accounts, onMap }: AccountsTableProps) {
  const { timeZone } = useWorkspace();
  const [open, setOpen] = useState<string>();
  const columns = onMap ? 9 : 8;
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table verticalSpacing="xs" aria-label="Accounts" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36} />
            <Table.Th>Account</Table.Th>
            <Table.Th>Person</Table.Th>
            <Table.Th>Roles</Table.Th>
            <Table.Th>MFA</Table.Th>
            <Table.Th>Last activity</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Flags</Table.Th>
            {onMap && <Table.Th w={90} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts.map((account) => {
            const opened = open === account.externalId;
            return (
              <Fragment key={account.externalId}>
                <Table.Tr data-account={account.externalId}>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      size="sm"
                      aria-expanded={opened}
                      aria-label={`${opened ? 'Hide' : 'Show'} the details of ${account.externalId}`}
                      onClick={() => setOpen(opened ? undefined : account.externalId)}
                    >
                      {opened ? '▾' : '▸'}
                    </ActionIcon>
                  </Table.Td>
                  <Table.Td maw={260}>
                    <AccountName account={account} />
                  </Table.Td>
                  <Table.Td>
                    <AccountPerson person={account.person} matchedBy={account.matchedBy} flags={account.flags} />
                  </Table.Td>
                  <Table.Td maw={200}>
                    <Text size="sm">{account.roles.join(', ') || '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{mfaLabel(account.mfa)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {lastActivity(account, timeZone)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge size="sm" variant="light" color={account.status === 'active' ? 'green' : 'gray'}>
                      {account.status}
                    </Badge>
                    {account.kind !== 'human' && (
                      <Text size="xs" c="dimmed">
                        {account.kind}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td maw={320}>
                    <FlagBadges flags={account.flags} />
                  </Table.Td>
                  {onMap && (
                    <Table.Td>
                      <Button size="compact-xs" variant={account.person ? 'subtle' : 'light'} onClick={() => onMap(account)} aria-label={`Say whose ${account.externalId} is`}>
                        {account.person ? 'Remap' : 'Map…'}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
                {opened && (
                  <Table.Tr>
                    <Table.Td />
                    <Table.Td colSpan={columns - 1}>
                      <AccountDetails account={account} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
