import { Badge, Group, Tooltip } from '@mantine/core';
import type { PolicyStatus } from './policy-types.ts';

const statuses: Record<PolicyStatus, { label: string; color: string; explains: string }> = {
  draft: { label: 'Draft', color: 'gray', explains: 'Being written; nobody has been asked to approve it yet.' },
  in_review: { label: 'In review', color: 'yellow', explains: 'Waiting for an owner or admin to approve it.' },
  approved: { label: 'Approved', color: 'blue', explains: 'Approved, but not in force until it is published.' },
  published: { label: 'Published', color: 'green', explains: 'In force: the version everyone follows.' },
  superseded: { label: 'Replaced', color: 'gray', explains: 'A newer version took its place.' },
  retired: { label: 'Retired', color: 'dark', explains: 'No longer in force and no longer reviewed.' },
};

export function statusLabel(status: PolicyStatus): string {
  return statuses[status].label;
}

/** A policy's or a version's status, explained on hover; marked when its author also approved it. */
export function PolicyStatusBadge({ status, selfApproved = false }: { status: PolicyStatus; selfApproved?: boolean }) {
  const shown = statuses[status];
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={shown.explains}>
        <Badge variant="light" color={shown.color}>
          {shown.label}
        </Badge>
      </Tooltip>
      {selfApproved && (
        <Tooltip label="The person who wrote this version also approved it. That is allowed when nobody else can, and your auditor sees it." multiline w={280}>
          <Badge variant="outline" color="orange">
            self-approved
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}
