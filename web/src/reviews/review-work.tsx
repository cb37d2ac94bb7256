import { Alert, Center, Grid, Group, Loader, Pagination, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { flagLabels } from '../accounts/account-types.ts';
import type { ApiProblem } from '../ui/api.ts';
import { plural } from '../ui/plural.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import { BulkBar } from './bulk-bar.tsx';
import { CurrentItem } from './current-item.tsx';
import { decide, type ItemFilter, itemsPath, keepUnflaggedUndecided } from './decide.ts';
import { ItemFilters } from './item-filters.tsx';
import { KeysLegend } from './keys-legend.tsx';
import { type PendingDecision, ReasonModal } from './reason-modal.tsx';
import type { ReviewKeyAction } from './review-keys.ts';
import { ReviewItemsTable } from './review-items-table.tsx';
import type { Decision, ReviewItem, ReviewItemPage, ReviewSystem } from './review-types.ts';
import { useKeyActions } from './use-key-actions.ts';

const PAGE = 25;

export interface ReviewWorkProps {
  reviewId: string;
  system: ReviewSystem;
  me: string;
  /** The user decides here: the reviewer, or an owner or admin, while the system is not signed off. */
  decides: boolean;
  /** After decisions: the review's counts and stage change. */
  onDecided(): void;
}

/** The accounts of one system, worked through with the keyboard: a list, the current account, and decisions one by one or in bulk. */
export function ReviewWork({ reviewId, system, me, decides, onDecided }: ReviewWorkProps) {
  const decidedCount = system.decided.keep + system.decided.revoke + system.decided.change;
  const [filter, setFilter] = useState<ItemFilter>({ show: decidedCount < system.items ? 'undecided' : 'all', flag: null, decision: null, search: '' });
  const [search] = useDebouncedValue(filter.search, 250);
  const [page, setPage] = useState(0);
  const [cursor, setCursor] = useState(0);
  const [selected, setSelected] = useState<Map<string, ReviewItem>>(new Map());
  const [pending, setPending] = useState<PendingDecision>();
  const [notice, setNotice] = useState<string>();
  const [problem, setProblem] = useState<ApiProblem>();
  const [keeping, setKeeping] = useState<string>();
  const searchRef = useRef<HTMLInputElement>(null);
  const list = useApi<ReviewItemPage>(itemsPath(reviewId, system.systemId, { ...filter, search }, page * PAGE, PAGE));
  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE));
  // After decisions the list can shrink under the cursor, or the page under the list.
  const at = Math.min(cursor, Math.max(0, items.length - 1));
  const current = items[at];
  useEffect(() => {
    if (list.data && list.data.items.length === 0 && page > 0) setPage(Math.max(0, Math.ceil(list.data.total / PAGE) - 1));
  }, [list.data, page]);

  const changeFilter = (next: ItemFilter) => {
    setFilter(next);
    setPage(0);
    setCursor(0);
  };
  const goTo = (nextPage: number, nextCursor: number) => {
    if (nextPage < 0 || nextPage >= pages) return;
    setPage(nextPage);
    setCursor(nextCursor);
  };
  const move = (step: 1 | -1) => {
    const next = at + step;
    if (next >= 0 && next < items.length) setCursor(next);
    else if (step === 1) goTo(page + 1, 0);
    else goTo(page - 1, PAGE - 1);
  };

  /** Records a decision, then reloads; a single one moves on to the next account. */
  const record = async (decision: Decision, ids: string[], reason: string | undefined, single: boolean) => {
    const { decided } = await decide(reviewId, system.systemId, decision, { ids }, reason);
    setProblem(undefined);
    setNotice(single ? undefined : `${plural(decided, 'account')} decided: ${decision}.`);
    if (!single) setSelected(new Map());
    // Undecided only: the decided row leaves the list and the next one takes its place.
    if (single && filter.show !== 'undecided') move(1);
    list.reload();
    onDecided();
  };
  const ask = (decision: Decision, targets: ReviewItem[], what: string, single: boolean) => {
    const flagged = targets.filter((item) => item.flags.length > 0);
    const needsReason = decision === 'change' || (decision === 'keep' && flagged.length > 0);
    const ids = targets.map((item) => item.externalId);
    if (!needsReason) {
      record(decision, ids, undefined, single).catch((failure: ApiProblem) => setProblem(failure));
      return;
    }
    const context =
      decision === 'change' ? (
        <Text size="sm">Say what changes, so whoever remediates knows and the after list can show it done.</Text>
      ) : (
        <Stack gap={4}>
          <Text size="sm">A flagged account stays only with a reason:</Text>
          {flagged.slice(0, 5).map((item) => (
            <Text key={item.externalId} size="xs" c="dimmed">
              {item.displayName ?? item.externalId}: {item.flags.map((f) => `${flagLabels[f.id].label} (${f.reason})`).join('; ')}
            </Text>
          ))}
          {flagged.length > 5 && (
            <Text size="xs" c="dimmed">
              and {flagged.length - 5} more
            </Text>
          )}
        </Stack>
      );
    setPending({ decision, what, context, submit: (reason) => record(decision, ids, reason, single) });
  };
  const decideCurrent = (decision: Decision) => {
    if (!current) return;
    if (current.ownAccountOf === me) {
      setNotice(`${current.displayName ?? current.externalId} is your own account: it is decided by another admin.`);
      return;
    }
    ask(decision, [current], current.displayName ?? current.userName ?? current.email ?? current.externalId, true);
  };
  const decideSelected = (decision: Decision) => {
    if (selected.size > 0) ask(decision, [...selected.values()], plural(selected.size, 'selected account'), false);
  };
  const toggle = (item: ReviewItem | undefined) => {
    if (!item || item.ownAccountOf === me) return;
    setSelected((current) => {
      const next = new Map(current);
      if (next.has(item.externalId)) next.delete(item.externalId);
      else next.set(item.externalId, item);
      return next;
    });
  };
  const keepUnflagged = () => {
    setKeeping('Keeping…');
    keepUnflaggedUndecided(reviewId, system.systemId)
      .then(
        (kept) => {
          setNotice(kept === 0 ? 'Every undecided account carries a flag: decide those one by one.' : `${plural(kept, 'unflagged account')} kept.`);
          setProblem(undefined);
          list.reload();
          onDecided();
        },
        (failure: ApiProblem) => setProblem(failure),
      )
      .finally(() => setKeeping(undefined));
  };

  const actions: Record<ReviewKeyAction, () => void> = {
    next: () => move(1),
    previous: () => move(-1),
    keep: () => decideCurrent('keep'),
    revoke: () => decideCurrent('revoke'),
    change: () => decideCurrent('change'),
    select: () => toggle(current),
    'keep-selected': () => decideSelected('keep'),
    'revoke-selected': () => decideSelected('revoke'),
    search: () => searchRef.current?.focus(),
    'next-page': () => goTo(page + 1, 0),
    'previous-page': () => goTo(page - 1, 0),
  };
  useKeyActions(pending === undefined, (action) => {
    if (decides || ['next', 'previous', 'search', 'next-page', 'previous-page'].includes(action)) actions[action]();
  });

  return (
    <Stack gap="sm">
      {decides && <KeysLegend />}
      <ItemFilters filter={filter} onChange={changeFilter} searchRef={searchRef} counts={{ undecided: system.items - decidedCount, decided: decidedCount, all: system.items }} />
      {decides && <BulkBar selected={selected.size} undecided={system.items - decidedCount} keepingUnflagged={keeping} onKeepUnflagged={keepUnflagged} onDecideSelected={decideSelected} onClear={() => setSelected(new Map())} />}
      {notice && (
        <Alert variant="light" color="blue" withCloseButton onClose={() => setNotice(undefined)} py={6}>
          {notice}
        </Alert>
      )}
      {problem && <ProblemAlert problem={problem} title="Not decided" />}
      {list.error ? (
        <ProblemAlert problem={list.error} />
      ) : !list.data ? (
        <Center p="xl">
          <Loader aria-label="Loading the accounts" />
        </Center>
      ) : items.length === 0 ? (
        <Text c="dimmed" size="sm" py="lg">
          {filter.show === 'undecided' && !filter.flag && !search ? 'Every account is decided.' : 'No account matches the filter.'}
        </Text>
      ) : (
        <Grid gap="md" align="flex-start">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <ReviewItemsTable items={items} cursor={at} selected={new Set(selected.keys())} me={me} decides={decides} onCursor={setCursor} onToggle={(id) => toggle(items.find((i) => i.externalId === id))} />
            <Group justify="space-between" mt="xs">
              <Text size="xs" c="dimmed">
                {page * PAGE + 1}–{Math.min((page + 1) * PAGE, total)} of {plural(total, 'account')}
              </Text>
              {pages > 1 && <Pagination size="sm" total={pages} value={page + 1} onChange={(p) => goTo(p - 1, 0)} />}
            </Group>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <div style={{ position: 'sticky', top: 72 }}>
              {current && <CurrentItem item={current} reviewId={reviewId} systemId={system.systemId} me={me} decides={decides} onDecide={decideCurrent} />}
            </div>
          </Grid.Col>
        </Grid>
      )}
      <ReasonModal pending={pending} onClose={() => setPending(undefined)} />
    </Stack>
  );
}
