import { Chip, Group } from '@mantine/core';
import { type FlagId, flagIds, flagLabels } from './account-types.ts';

export interface FlagFilterProps {
  /** How many of the accounts shown carry each flag. */
  counts: Record<FlagId, number>;
  value: FlagId[];
  onChange(value: FlagId[]): void;
}

/** A chip per flag with how many accounts carry it; choosing several shows the accounts that carry them all. */
export function FlagFilter({ counts, value, onChange }: FlagFilterProps) {
  const shown = flagIds.filter((id) => counts[id] > 0 || value.includes(id));
  return (
    <Chip.Group multiple value={value} onChange={(ids) => onChange(ids as FlagId[])}>
      <Group gap={6} role="group" aria-label="Filter by flag">
        {shown.map((id) => (
          <Chip key={id} value={id} size="xs" variant="outline" color={flagLabels[id].color} data-flag-filter={id}>
            {flagLabels[id].label} · {counts[id].toLocaleString('en-US')}
          </Chip>
        ))}
      </Group>
    </Chip.Group>
  );
}
