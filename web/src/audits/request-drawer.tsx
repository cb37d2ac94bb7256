import { Badge, Divider, Drawer, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { ConfirmModal } from '../ui/confirm-modal.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import { AnswerForm } from './answer-form.tsx';
import { type AuditWindow, type RequestDetail, type RequestLink, requestApi } from './audit-types.ts';
import { RequestLinks } from './request-links.tsx';
import { RequestStatusBadge } from './request-status-badge.tsx';

export interface RequestDrawerProps {
  /** The request to show; undefined keeps the drawer closed. */
  id: string | undefined;
  today: string;
  window: AuditWindow | null;
  manage: boolean;
  onClose(): void;
  /** The request's answers changed: the list's statuses did too. */
  onChanged(): void;
}

/** One request: what it asks, for which control, by when; the evidence that answers it; and, for owners and admins, a form to answer it. */
export function RequestDrawer({ id, today, window, manage, onClose, onChanged }: RequestDrawerProps) {
  const loaded = useApi<RequestDetail>(id === undefined ? null : requestApi(id));
  const request = loaded.data?.id === id ? loaded.data : undefined;
  const [removing, setRemoving] = useState<RequestLink>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const update = () => {
    loaded.reload();
    onChanged();
  };
  const remove = () => {
    if (!request || !removing) return;
    setBusy(true);
    setProblem(undefined);
    sendJson<RequestDetail>('DELETE', requestApi(request.id, `/links/${removing.number}`))
      .then(() => {
        setRemoving(undefined);
        update();
      }, (failure: ApiProblem) => setProblem(failure))
      .finally(() => setBusy(false));
  };

  let body;
  if (id === undefined) body = null;
  else if (loaded.error) body = <ProblemAlert problem={loaded.error} />;
  else if (!request) body = <Loader aria-label="Loading the request" />;
  else {
    const active = request.links.filter((link) => !link.removedAt);
    body = (
      <Stack gap="md" data-testid="request-detail">
        <Group gap="sm">
          <RequestStatusBadge request={request} today={today} />
          <Text size="sm">Due {request.dueOn}</Text>
        </Group>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{request.description}</Text>
        {request.control && (
          <Stack gap={4} data-testid="request-control">
            <Text size="xs" c="dimmed">
              Control reference: {request.control.text}
            </Text>
            {[...request.control.controls, ...request.control.criteria].map((item) => (
              <Text key={item.id} size="sm">
                <Text span fw={600}>
                  {item.id}
                </Text>{' '}
                {item.title}
              </Text>
            ))}
          </Stack>
        )}
        <Divider label={active.length === 0 ? 'Not answered yet' : `Answered with ${active.length === 1 ? '1 link' : `${active.length} links`}`} labelPosition="left" />
        {request.links.length > 0 ? (
          <RequestLinks links={request.links} onRemove={manage ? setRemoving : undefined} />
        ) : (
          <Text size="sm" c="dimmed">
            {manage ? 'Link the evidence that answers it below: a population, a file, an auditor package or a note.' : 'Nothing is linked to it yet.'}
          </Text>
        )}
        {manage && (
          <>
            <Divider label="Answer" labelPosition="left" />
            <AnswerForm key={request.id} request={request} window={window} onAnswered={update} />
          </>
        )}
      </Stack>
    );
  }

  return (
    <>
      <Drawer
        opened={id !== undefined}
        onClose={onClose}
        position="right"
        size="lg"
        title={
          <Group gap="xs">
            <Title order={3}>{id}</Title>
            {request && request.updatedAt && (
              <Badge size="xs" variant="light" color="gray">
                updated by a later list
              </Badge>
            )}
          </Group>
        }
      >
        {body}
      </Drawer>
      <ConfirmModal
        opened={removing !== undefined}
        title={`Remove link ${removing?.number} from ${id}?`}
        confirmLabel="Remove the link"
        busy={busy}
        problem={problem}
        onConfirm={remove}
        onClose={() => (setRemoving(undefined), setProblem(undefined))}
      >
        It no longer answers the request. The link stays in the request’s history, and its removal is recorded in the evidence log.
      </ConfirmModal>
    </>
  );
}
