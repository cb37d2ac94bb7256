import { Button, Group, Kbd, Paper, Text } from '@mantine/core';
import type { Decision } from './review-types.ts';

export interface BulkBarProps {
  selected: number;
  /** Undecided accounts of the system, mine or not. */
  undecided: number;
  /** Undecided accounts that carry no flag may be kept at once; undefined while that runs, with its progress. */
  keepingUnflagged: string | undefined;
  onKeepUnflagged(): void;
  onDecideSelected(decision: Decision): void;
  onClear(): void;
}

/** Decisions on many accounts at once: every unflagged undecided one, or those selected. */
export function BulkBar({ selected, undecided, keepingUnflagged, onKeepUnflagged, onDecideSelected, onClear }: BulkBarProps) {
  return (
    <Paper withBorder radius="md" px="sm" py={6}>
      <Group justify="space-between" gap="xs">
        <Group gap="xs">
          <Button size="xs" variant="light" color="green" onClick={onKeepUnflagged} loading={keepingUnflagged !== undefined} disabled={undecided === 0}>
            Keep all unflagged undecided
          </Button>
          {keepingUnflagged && (
            <Text size="xs" c="dimmed">
              {keepingUnflagged}
            </Text>
          )}
        </Group>
        <Group gap="xs">
          <Text size="sm" c={selected === 0 ? 'dimmed' : undefined}>
            {selected} selected
          </Text>
          <Button size="xs" color="green" disabled={selected === 0} onClick={() => onDecideSelected('keep')} rightSection={<Kbd size="xs">⇧A</Kbd>}>
            Keep selected
          </Button>
          <Button size="xs" color="red" disabled={selected === 0} onClick={() => onDecideSelected('revoke')} rightSection={<Kbd size="xs">⇧R</Kbd>}>
            Revoke selected
          </Button>
          <Button size="xs" color="orange" disabled={selected === 0} onClick={() => onDecideSelected('change')}>
            Change selected…
          </Button>
          <Button size="xs" variant="subtle" color="gray" disabled={selected === 0} onClick={onClear}>
            Clear
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
