import { Badge, Group, Tooltip } from '@mantine/core';
import { sentence } from '../ui/sentence.ts';
import { type FlagId, flagLabels } from './account-types.ts';

export interface FlagBadgesProps {
  flags: readonly { id: FlagId; reason: string }[];
  /** What to show when there are none. */
  none?: string;
}

/** An account's flags as badges; hovering or focusing one shows the rule's reason. */
export function FlagBadges({ flags, none = '' }: FlagBadgesProps) {
  if (flags.length === 0) return none ? <Badge variant="transparent" color="gray" px={0}>{none}</Badge> : null;
  return (
    <Group gap={4}>
      {flags.map((flag) => (
        <Tooltip key={flag.id} label={sentence(flag.reason)} multiline maw={360} withArrow openDelay={150}>
          <Badge size="sm" variant="light" color={flagLabels[flag.id].color} tabIndex={0} data-flag={flag.id} style={{ cursor: 'help' }}>
            {flagLabels[flag.id].label}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}
