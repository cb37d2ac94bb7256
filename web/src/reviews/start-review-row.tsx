import { Checkbox, Select, Table, Text } from '@mantine/core';
import { useEffect } from 'react';
import type { SnapshotList } from '../accounts/account-types.ts';
import type { System } from '../systems/system-types.ts';
import { formatDate } from '../ui/format-date.ts';
import { plural } from '../ui/plural.ts';
import { useApi } from '../ui/use-api.ts';
import type { UserList } from '../users/user-types.ts';
import { useWorkspace } from '../ui/workspace.tsx';

/** What the starter chose for one system: whether it is in the review, and who reviews it. */
export interface Choice {
  included: boolean;
  /** The system's owner when they can decide, else undefined. */
  owner: string | undefined;
  reviewer: string | null;
}

export interface StartReviewRowProps {
  system: System;
  /** Active users whose role decides accounts. */
  deciders: UserList['users'];
  /** The quarter of the open review that already covers the system. */
  openIn: string | undefined;
  choice: Choice | undefined;
  onChange(choice: Choice): void;
}

/** One system offered for the review, with its list in force and its reviewer. */
export function StartReviewRow({ system, deciders, openIn, choice, onChange }: StartReviewRowProps) {
  const { timeZone } = useWorkspace();
  const snapshots = useApi<SnapshotList>(`/api/systems/${encodeURIComponent(system.id)}/snapshots`);
  const inForce = snapshots.data?.snapshots[0];
  const owner = deciders.find((u) => u.email === system.owner.trim().toLowerCase())?.email;
  const available = inForce !== undefined && openIn === undefined;
  // In scope with a list and its owner able to decide: chosen to start with.
  useEffect(() => {
    if (choice === undefined && snapshots.data) onChange({ included: available && system.inScope, owner, reviewer: owner ?? null });
  }, [choice, snapshots.data, available, system.inScope, owner, onChange]);
  const current = choice ?? { included: false, owner, reviewer: owner ?? null };
  return (
    <Table.Tr data-start-system={system.id}>
      <Table.Td>
        <Checkbox
          aria-label={`Review ${system.name}`}
          checked={current.included}
          disabled={!available}
          onChange={(event) => onChange({ ...current, included: event.currentTarget.checked })}
        />
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={500}>
          {system.name}
        </Text>
        <Text size="xs" c="dimmed">
          {system.inScope ? 'in scope' : 'not in the audit’s scope'} · owner {system.owner}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c={available ? undefined : 'dimmed'}>
          {openIn
            ? `In the open ${openIn} review`
            : !snapshots.data
              ? '…'
              : inForce
                ? `${plural(inForce.accounts, 'account')}, as of ${formatDate(inForce.asOf, timeZone)}`
                : 'No accounts imported: import them on its page first'}
        </Text>
      </Table.Td>
      <Table.Td>
        {current.included && (
          <Select
            aria-label={`Reviewer of ${system.name}`}
            size="xs"
            placeholder={owner ? undefined : `${system.owner} is not a user: choose`}
            data={deciders.map((u) => ({ value: u.email, label: `${u.name} <${u.email}>${u.email === owner ? ' (owner)' : ''}` }))}
            value={current.reviewer}
            onChange={(reviewer) => onChange({ ...current, reviewer })}
            error={current.reviewer ? undefined : 'Who decides its accounts?'}
            searchable
            comboboxProps={{ withinPortal: true }}
          />
        )}
      </Table.Td>
    </Table.Tr>
  );
}
