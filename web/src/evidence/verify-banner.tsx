import { Alert, Badge, Button, Group, Loader, Text } from '@mantine/core';
import type { ApiState } from '../ui/use-api.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { plural } from '../ui/plural.ts';
import type { ProblemKind, VerifyResult } from './evidence-types.ts';

const kindLabels: Record<ProblemKind, string> = {
  edited: 'edited',
  deleted: 'deleted',
  inserted: 'inserted',
  reordered: 'reordered',
  'missing-attachment': 'missing attachment',
  'bad-signature': 'bad signature',
  'checkpoint-mismatch': 'checkpoint mismatch',
};

export interface VerifyBannerProps {
  verify: ApiState<VerifyResult>;
  /** Opens the event the problem names; left out where the banner is only a summary. */
  onShowEvent?: (seq: number) => void;
}

/** The result of re-checking the whole hash chain, its signatures and its attachments. */
export function VerifyBanner({ verify, onShowEvent }: VerifyBannerProps) {
  const { data, error, loading, reload } = verify;
  if (error) return <ProblemAlert problem={error} />;
  if (!data) {
    return (
      <Alert color="gray" variant="light" title="Verifying the evidence log…" icon={<Loader size="xs" />}>
        Every event is checked against its hash and its predecessor.
      </Alert>
    );
  }
  const again = (
    <Button size="xs" variant="default" onClick={reload} loading={loading}>
      Verify again
    </Button>
  );
  if (data.ok || !data.problem) {
    return (
      <Alert color="green" variant="light" title={`Chain intact: ${plural(data.events, 'event')}, ${plural(data.checkpoints, 'signed checkpoint')}`} data-testid="verify-banner" data-state="intact">
        <Group justify="space-between" align="flex-end" gap="xs">
          <Text size="sm">
            {data.events === 0
              ? 'Nothing has been recorded yet, so there is nothing to tamper with.'
              : `Every event matches its hash and links to the one before it, and the newest (#${data.lastSeq}) is covered by the workspace's signature. ${plural(data.attachments, 'attachment')} re-hashed.`}
          </Text>
          {again}
        </Group>
      </Alert>
    );
  }
  const { seq, kind, message } = data.problem;
  return (
    <Alert color="red" variant="filled" title={`Evidence log tampered with at event #${seq}`} data-testid="verify-banner" data-state="tampered" role="alert">
      <Group justify="space-between" align="flex-end" gap="xs">
        <div>
          <Group gap={6} mb={4}>
            <Badge color="white" c="red" variant="filled">{kindLabels[kind] ?? kind}</Badge>
            <Text size="sm" fw={500}>{message}</Text>
          </Group>
          <Text size="sm">
            Events from #{seq} on can no longer serve as evidence. Find out who changed the database, and restore it
            from a backup taken before the change.
          </Text>
        </div>
        <Group gap="xs">
          {onShowEvent && (
            <Button size="xs" variant="white" color="red" onClick={() => onShowEvent(seq)}>
              Show event #{seq}
            </Button>
          )}
          {again}
        </Group>
      </Group>
    </Alert>
  );
}
