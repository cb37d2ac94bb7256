import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from '../app/router.tsx';
import { actorName } from '../ui/actor-name.ts';
import { formatDate } from '../ui/format-date.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import { populationLabels, type RequestLink } from './audit-types.ts';

const kindLabels: Record<RequestLink['kind'], string> = { population: 'Population', attachment: 'File', package: 'Auditor package', note: 'Note' };

function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** What the link is, and where to get it. */
function LinkBody({ link }: { link: RequestLink }) {
  if (link.population) {
    return (
      <Text size="sm">
        {populationLabels[link.population.kind]}, {link.population.from} to {link.population.to}
        {' · '}
        <Anchor href={link.href!} download>
          Download CSV
        </Anchor>
      </Text>
    );
  }
  if (link.attachment) {
    return (
      <Text size="sm">
        {link.attachment.fileName ?? 'Attachment'} <Text span size="xs" c="dimmed">({size(link.attachment.sizeBytes)}, SHA-256 {link.attachment.sha256.slice(0, 12)}…)</Text>
        {' · '}
        <Anchor href={link.href!} download={link.attachment.fileName ?? true}>
          Download
        </Anchor>
      </Text>
    );
  }
  if (link.package) {
    const { window } = link.package;
    return (
      <Text size="sm">
        {window ? `The package for ${window.from} to ${window.to}` : 'The package'}
        {' · '}
        <Link to={`/evidence?action=exports.package.created&event=${link.package.seq}`}>event #{link.package.seq}</Link>
      </Text>
    );
  }
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      {link.note}
    </Text>
  );
}

/** The evidence linked to a request, in the order it was linked; removed links stay, struck through. */
export function RequestLinks({ links, onRemove }: { links: RequestLink[]; onRemove?: (link: RequestLink) => void }) {
  const { timeZone } = useWorkspace();
  return (
    <Stack gap="xs" data-testid="request-links">
      {links.map((link) => (
        <Paper key={link.number} withBorder p="sm" radius="sm" data-link={link.number} opacity={link.removedAt ? 0.6 : 1}>
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
            <Stack gap={2} miw={0}>
              <Group gap="xs">
                <Badge size="sm" variant="light" color={link.removedAt ? 'gray' : 'green'} tt="none">
                  {link.number}. {kindLabels[link.kind]}
                </Badge>
                <Text size="xs" c="dimmed" td={link.removedAt ? 'line-through' : undefined}>
                  linked {formatDate(link.linkedAt, timeZone)} by {actorName(link.linkedBy)}
                </Text>
              </Group>
              <LinkBody link={link} />
              {link.removedAt && (
                <Text size="xs" c="dimmed">
                  Removed {formatDate(link.removedAt, timeZone)} by {actorName(link.removedBy!)}: no longer an answer
                </Text>
              )}
            </Stack>
            {onRemove && !link.removedAt && (
              <Button size="compact-xs" variant="subtle" color="red" onClick={() => onRemove(link)}>
                Remove
              </Button>
            )}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
