import { Alert, Button, DataList, Divider, Group, Kbd, Paper, Stack, Text } from '@mantine/core';
import { AccountName } from '../accounts/account-name.tsx';
import { AccountPerson } from '../accounts/account-person.tsx';
import { FlagReasons } from '../accounts/flag-reasons.tsx';
import { lastActivity } from '../accounts/last-activity.ts';
import { formatDateTime } from '../ui/format-date.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import { ItemComments } from './item-comments.tsx';
import { type Decision, decisionLabels, type ReviewItem } from './review-types.ts';

export interface CurrentItemProps {
  item: ReviewItem;
  reviewId: string;
  systemId: string;
  me: string;
  /** Whether the user decides here (the reviewer, or an owner or admin) and the system is still open. */
  decides: boolean;
  onDecide(decision: Decision): void;
}

const keyOf: Record<Decision, string> = { keep: 'a', revoke: 'r', change: 'c' };

/** The account the keys act on: everything needed to decide it, the decision so far, and its comments. */
export function CurrentItem({ item, reviewId, systemId, me, decides, onDecide }: CurrentItemProps) {
  const { timeZone } = useWorkspace();
  const own = item.ownAccountOf !== null && item.ownAccountOf === me;
  const facts: [string, string][] = [
    ['Roles', item.roles.join(', ') || '—'],
    ['Privileged', item.privileged ? 'Yes' : 'No'],
    ['MFA', item.mfa === null ? 'Not reported' : item.mfa ? 'Yes' : 'No'],
    ['Last activity', lastActivity(item, timeZone)],
    ['Status', item.kind === 'human' ? item.status : `${item.status}, ${item.kind} account`],
  ];
  return (
    <Paper withBorder radius="md" p="md" aria-label="Current account" data-current-item={item.externalId}>
      <Stack gap="sm">
        <div>
          <AccountName account={item} />
        </div>
        <div>
          <Text size="xs" c="dimmed" fw={500} mb={2}>
            Person
          </Text>
          <AccountPerson person={item.person} matchedBy={item.matchedBy} flags={item.flags} />
        </div>
        <DataList size="xs" gap={4} labelWidth={90}>
          {facts.map(([label, value]) => (
            <DataList.Item key={label}>
              <DataList.ItemLabel>{label}</DataList.ItemLabel>
              <DataList.ItemValue>{value}</DataList.ItemValue>
            </DataList.Item>
          ))}
        </DataList>
        <Divider label="Flags" labelPosition="left" />
        <FlagReasons flags={item.flags} />
        <Divider label="Decision" labelPosition="left" />
        {item.decision ? (
          <Text size="sm">
            <b>{decisionLabels[item.decision].label}</b>
            {item.reason && `: ${item.reason}`}
            <Text span size="xs" c="dimmed">
              {' '}
              — {item.decidedBy}, {item.decidedAt && formatDateTime(item.decidedAt, timeZone)}
            </Text>
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            Not decided yet.
          </Text>
        )}
        {own ? (
          <Alert variant="light" color="gray" p="xs">
            This is your own account: it is decided by another admin.
          </Alert>
        ) : (
          decides && (
            <Group gap="xs" grow>
              {(['keep', 'revoke', 'change'] as const).map((decision) => (
                <Button
                  key={decision}
                  size="xs"
                  color={decisionLabels[decision].color}
                  variant={item.decision === decision ? 'filled' : 'light'}
                  onClick={() => onDecide(decision)}
                  rightSection={<Kbd size="xs">{keyOf[decision]}</Kbd>}
                >
                  {decisionLabels[decision].label}
                </Button>
              ))}
            </Group>
          )
        )}
        <ItemComments key={item.externalId} reviewId={reviewId} systemId={systemId} item={item} canComment={decides} />
      </Stack>
    </Paper>
  );
}
