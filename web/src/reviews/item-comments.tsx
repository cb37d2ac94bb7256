import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { formatDateTime } from '../ui/format-date.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import { type CommentList, type ReviewItem, systemApi } from './review-types.ts';

export interface ItemCommentsProps {
  reviewId: string;
  systemId: string;
  item: ReviewItem;
  canComment: boolean;
}

/** The comments on one account, for the reviewer and whoever remediates; loaded only when there are some. */
export function ItemComments({ reviewId, systemId, item, canComment }: ItemCommentsProps) {
  const { timeZone } = useWorkspace();
  const path = systemApi(reviewId, systemId, `/items/${encodeURIComponent(item.externalId)}/comments`);
  const [posted, setPosted] = useState(0);
  const comments = useApi<CommentList>(item.comments + posted > 0 ? path : null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const post = () => {
    setBusy(true);
    sendJson('POST', path, { text }).then(
      () => {
        setText('');
        setProblem(undefined);
        setPosted((n) => n + 1);
        comments.reload();
        setBusy(false);
      },
      (failure: ApiProblem) => {
        setProblem(failure);
        setBusy(false);
      },
    );
  };
  return (
    <Stack gap={6}>
      {(comments.data?.comments ?? []).map((comment) => (
        <Text key={comment.at + comment.author} size="xs">
          <b>{comment.author}</b>{' '}
          <Text span c="dimmed" size="xs">
            {formatDateTime(comment.at, timeZone)}
          </Text>
          : {comment.text}
        </Text>
      ))}
      {canComment && (
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <Textarea
            aria-label="Comment"
            placeholder="Comment: a ticket, who to ask…"
            size="xs"
            autosize
            minRows={1}
            maxLength={2000}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Button size="xs" variant="default" onClick={post} loading={busy} disabled={!text.trim()}>
            Comment
          </Button>
        </Group>
      )}
      {problem && <ProblemAlert problem={problem} title="The comment was not saved" />}
    </Stack>
  );
}
