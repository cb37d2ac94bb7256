import { Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import type { RefObject } from 'react';
import { flagIds, flagLabels, type FlagId } from '../accounts/account-types.ts';
import type { ItemFilter } from './decide.ts';
import { type Decision, decisionLabels } from './review-types.ts';

export interface ItemFiltersProps {
  filter: ItemFilter;
  counts: { undecided: number; decided: number; all: number };
  onChange(filter: ItemFilter): void;
  /** The search box, for the / key. */
  searchRef: RefObject<HTMLInputElement | null>;
}

/** Which accounts the screen lists: undecided, decided or all; carrying a flag; decided one way; matching a search. */
export function ItemFilters({ filter, counts, onChange, searchRef }: ItemFiltersProps) {
  const set = (change: Partial<ItemFilter>) => onChange({ ...filter, ...change });
  return (
    <Group gap="sm" wrap="wrap">
      <SegmentedControl
        size="xs"
        aria-label="Show"
        value={filter.show}
        onChange={(show) => set({ show: show as ItemFilter['show'] })}
        data={[
          { value: 'undecided', label: `Undecided (${counts.undecided})` },
          { value: 'decided', label: `Decided (${counts.decided})` },
          { value: 'all', label: `All (${counts.all})` },
        ]}
      />
      <Select
        size="xs"
        aria-label="Flag"
        placeholder="Any flag"
        clearable
        w={200}
        data={flagIds.map((id) => ({ value: id, label: flagLabels[id].label }))}
        value={filter.flag}
        onChange={(flag) => set({ flag: flag as FlagId | null })}
        comboboxProps={{ withinPortal: true }}
      />
      {filter.show !== 'undecided' && (
        <Select
          size="xs"
          aria-label="Decision"
          placeholder="Any decision"
          clearable
          w={150}
          data={(Object.keys(decisionLabels) as Decision[]).map((d) => ({ value: d, label: decisionLabels[d].label }))}
          value={filter.decision}
          onChange={(decision) => set({ decision: decision as Decision | null })}
          comboboxProps={{ withinPortal: true }}
        />
      )}
      <TextInput
        ref={searchRef}
        size="xs"
        aria-label="Search accounts"
        placeholder="Search  /"
        w={220}
        value={filter.search}
        onChange={(event) => set({ search: event.currentTarget.value })}
        onKeyDown={(event) => {
          if (event.key === 'Escape' || event.key === 'Enter') event.currentTarget.blur();
        }}
      />
    </Group>
  );
}
