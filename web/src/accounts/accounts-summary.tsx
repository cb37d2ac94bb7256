import { Badge, Group, Loader, Text, Tooltip } from '@mantine/core';
import { Link } from '../app/router.tsx';
import { systemPage } from '../systems/system-types.ts';
import { formatDate } from '../ui/format-date.ts';
import { plural } from '../ui/plural.ts';
import { useApi } from '../ui/use-api.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import { type AccountList, accountsPath, flagIds, flagLabels } from './account-types.ts';

const SHOWN_FLAGS = 3;

/** A system's list in force in a sentence: how many accounts, as of when, and what is flagged; only the counts are fetched. */
export function AccountsSummary({ systemId }: { systemId: string }) {
  const { timeZone } = useWorkspace();
  const list = useApi<AccountList>(accountsPath(systemId, { limit: 0 }));
  if (list.error) {
    return (
      <Text size="sm" c="dimmed">
        {list.error.code === 'not_found' ? 'None imported' : 'Cannot load'}
      </Text>
    );
  }
  if (!list.data) return <Loader size="xs" aria-label="Loading the accounts" />;
  const { snapshot, counts } = list.data;
  const flagged = flagIds.filter((id) => counts[id] > 0);
  return (
    <div data-accounts-summary={systemId}>
      <Text size="sm">
        <Link to={systemPage(systemId)}>{plural(snapshot.accounts, 'account')}</Link>
      </Text>
      <Text size="xs" c="dimmed">
        as of {formatDate(snapshot.asOf, timeZone)}
      </Text>
      {flagged.length > 0 && (
        <Group gap={4} mt={2}>
          {flagged.slice(0, SHOWN_FLAGS).map((id) => (
            <Badge key={id} size="xs" variant="light" color={flagLabels[id].color}>
              {counts[id]} {flagLabels[id].label}
            </Badge>
          ))}
          {flagged.length > SHOWN_FLAGS && (
            <Tooltip label={flagged.slice(SHOWN_FLAGS).map((id) => `${counts[id]} ${flagLabels[id].label}`).join(', ')}>
              <Badge size="xs" variant="transparent" color="gray" tabIndex={0}>
                +{flagged.length - SHOWN_FLAGS} more
              </Badge>
            </Tooltip>
          )}
        </Group>
      )}
    </div>
  );
}
