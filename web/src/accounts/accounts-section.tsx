import { Button, Center, EmptyState, Group, Loader, Pagination, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useSession } from '../identity/session-context.tsx';
import { formatDateTime } from '../ui/format-date.ts';
import { plural } from '../ui/plural.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { Section } from '../ui/section.tsx';
import { useApi } from '../ui/use-api.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import { type Account, type AccountList, type AccountSnapshot, accountsPath, type FlagId } from './account-types.ts';
import { AccountsTable } from './accounts-table.tsx';
import { FlagFilter } from './flag-filter.tsx';
import { ImportAccountsModal } from './import-accounts-modal.tsx';
import { MapAccountModal } from './map-account-modal.tsx';

const PAGE = 50;

export interface AccountsSectionProps {
  system: { id: string; name: string; retiredAt: string | null };
  /** The list in force; undefined before the first import. */
  inForce: AccountSnapshot | undefined;
  /** A format's label by its id. */
  formatLabel(id: string): string;
  onImported(): void;
}

/**
 * A system's accounts in its list in force, a page at a time from the server however many there
 * are: filtered by flag and searched there too, each with whose it is and its flags.
 */
export function AccountsSection({ system, inForce, formatLabel, onImported }: AccountsSectionProps) {
  const { timeZone } = useWorkspace();
  const manage = useSession().can('accounts:manage') && !system.retiredAt;
  const [flags, setFlags] = useState<FlagId[]>([]);
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 250);
  const [page, setPage] = useState(1);
  const [importing, setImporting] = useState(false);
  const [mapping, setMapping] = useState<Account>();
  const filter = (change: () => void) => {
    change();
    setPage(1);
  };
  const list = useApi<AccountList>(inForce ? `${accountsPath(system.id, { flags, search: query, offset: (page - 1) * PAGE, limit: PAGE })}&snapshot=${inForce.id}` : null);
  const data = list.data;
  const csv = accountsPath(system.id, { flags, search: query }, '/accounts.csv');

  const actions = (
    <Group gap="xs">
      {inForce && (
        <Button component="a" href={csv} download variant="default">
          Download CSV
        </Button>
      )}
      {manage && <Button onClick={() => setImporting(true)}>Import accounts</Button>}
    </Group>
  );
  const description = inForce
    ? `List #${inForce.number} in force: ${plural(inForce.accounts, 'account')} as of ${formatDateTime(inForce.asOf, timeZone)}, read as ${formatLabel(inForce.format)}.`
    : 'Every account on the system, from what the system itself exports, each matched to a person and flagged by rule.';

  return (
    <Section title="Accounts" description={description} actions={actions}>
      {!inForce ? (
        <EmptyState
          title="No accounts imported yet"
          description={manage ? 'Export the account list from the system (or its admin console) and import the files here. The format is detected.' : 'An owner or admin imports the system’s account list.'}
        />
      ) : list.error ? (
        <ProblemAlert problem={list.error} />
      ) : !data ? (
        <Center p="xl">
          <Loader aria-label="Loading the accounts" />
        </Center>
      ) : (
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <FlagFilter counts={data.counts} value={flags} onChange={(value) => filter(() => setFlags(value))} />
            <TextInput
              aria-label="Search accounts"
              placeholder="Search name, email, id or person"
              value={search}
              onChange={(event) => filter(() => setSearch(event.currentTarget.value))}
              w={280}
              style={{ flexShrink: 0 }}
            />
          </Group>
          {data.total === 0 ? (
            <Text c="dimmed" size="sm" py="md">
              No account matches. Clear the search or the flags to see them all.
            </Text>
          ) : (
            <AccountsTable accounts={data.accounts} onMap={manage ? setMapping : undefined} />
          )}
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {data.total === 0 ? '' : `${((page - 1) * PAGE + 1).toLocaleString('en-US')}–${Math.min(page * PAGE, data.total).toLocaleString('en-US')} of ${plural(data.total, 'account')}`}
              {list.loading && ' · loading…'}
            </Text>
            {data.total > PAGE && <Pagination total={Math.ceil(data.total / PAGE)} value={page} onChange={setPage} size="sm" aria-label="Pages of accounts" />}
          </Group>
        </Stack>
      )}
      <ImportAccountsModal system={importing ? system : undefined} onClose={() => setImporting(false)} onImported={onImported} />
      <MapAccountModal
        systemId={system.id}
        account={mapping}
        onClose={() => setMapping(undefined)}
        onMapped={() => {
          setMapping(undefined);
          list.reload();
        }}
      />
    </Section>
  );
}
