import { Button, Center, Code, EmptyState, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { navigate, useLocation } from '../app/router.tsx';
import { AuditorPackageButton } from '../exports/auditor-package-button.tsx';
import { useSession } from '../identity/session-context.tsx';
import { apiPath } from '../ui/api.ts';
import { plural } from '../ui/plural.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import { useWorkspace } from '../ui/workspace.tsx';
import { EventDrawer } from './event-drawer.tsx';
import { EvidenceFilters } from './evidence-filters.tsx';
import { type EvidenceView, apiQuery, filterKey, hasFilters, pageSizes, searchFromView, viewFromSearch } from './evidence-view.ts';
import { EvidenceTable } from './evidence-table.tsx';
import type { EvidencePageResult, VerifyResult } from './evidence-types.ts';
import { VerifyBanner } from './verify-banner.tsx';

/** The evidence log: is it intact, and what is in it. Everything the page shows is in its URL. */
export function EvidencePage() {
  const { timeZone } = useWorkspace();
  const { can } = useSession();
  const { search } = useLocation();
  const view = viewFromSearch(search);
  const verify = useApi<VerifyResult>('/api/evidence/verify');
  const list = useApi<EvidencePageResult>(apiPath('/api/evidence', apiQuery(view)));
  const paging = usePaging(view);
  const emptyLog = list.data?.total === 0 && !hasFilters(view);
  // Filters are pointless on an empty log, but needed to correct a bad one (say, from a shared link).
  const showFilters = list.error !== undefined || (list.data !== undefined && !emptyLog);

  // A new filter adds a history entry (back undoes it); paging and the drawer only rewrite the
  // URL, so that the remembered cursors stay in step with it.
  const go = (changes: Partial<EvidenceView>, replace = false) =>
    navigate(`/evidence${searchFromView({ ...view, ...changes })}`, { replace });
  const turnPage = (before: number | undefined) => {
    go({ before }, true);
    window.scrollTo({ top: 0 });
  };
  const filter = (filters: Partial<EvidenceView>) =>
    go({ subjectType: '', subjectId: '', action: '', actor: '', from: '', to: '', ...filters, before: undefined, event: undefined });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Evidence</Title>
          <Text c="dimmed" size="sm">
            Everything done in Groundwork, in a log that cannot be changed without it showing. Dates are in {timeZone}.
          </Text>
        </div>
        {can('exports:read') && <AuditorPackageButton />}
      </Group>
      <VerifyBanner verify={verify} onShowEvent={(seq) => go({ event: seq }, true)} />
      {showFilters && <EvidenceFilters key={filterKey(view)} view={view} timeZone={timeZone} onApply={filter} />}
      {list.error ? (
        <ProblemAlert problem={list.error} />
      ) : !list.data ? (
        <Center p="xl">
          <Loader aria-label="Loading events" />
        </Center>
      ) : emptyLog ? (
        <EmptyState
          mt="xl"
          title="No events yet"
          description={
            <>
              Groundwork records an event whenever someone approves a policy, onboards or offboards a person, or signs off
              an access review. Run <Code>npx groundwork demo</Code> to see a sample company.
            </>
          }
        />
      ) : list.data.events.length === 0 ? (
        <EmptyState title="No events match these filters" description="Loosen a filter or widen the date range.">
          <EmptyState.Actions>
            <Button variant="default" onClick={() => filter({})}>
              Clear filters
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      ) : (
        <>
          <EvidenceTable
            events={list.data.events}
            timeZone={timeZone}
            badSeq={verify.data?.problem?.seq}
            onOpen={(seq) => go({ event: seq }, true)}
          />
          <Group justify="space-between" gap="sm">
            <Text size="sm" c="dimmed" data-testid="evidence-count">
              {pageSummary(list.data, view)}
            </Text>
            <Group gap="xs">
              <Select
                aria-label="Events per page"
                w={130}
                size="xs"
                data={pageSizes.map((n) => ({ value: String(n), label: `${n} per page` }))}
                value={String(view.limit)}
                allowDeselect={false}
                onChange={(value) => value && go({ limit: Number(value), before: undefined }, true)}
              />
              <Button size="xs" variant="default" disabled={view.before === undefined} onClick={() => turnPage(undefined)}>
                Newest
              </Button>
              <Button size="xs" variant="default" disabled={!paging.canGoNewer} onClick={() => turnPage(paging.newer())}>
                Newer
              </Button>
              <Button
                size="xs"
                variant="default"
                disabled={list.data.nextBefore === null}
                onClick={() => {
                  const next = list.data?.nextBefore;
                  if (next == null) return;
                  paging.remember();
                  turnPage(next);
                }}
              >
                Older
              </Button>
            </Group>
          </Group>
        </>
      )}
      <EventDrawer
        seq={view.event}
        loaded={list.data?.events ?? []}
        timeZone={timeZone}
        problem={verify.data?.problem}
        onClose={() => go({ event: undefined }, true)}
        onFilter={filter}
      />
    </Stack>
  );
}

function pageSummary(result: EvidencePageResult, view: EvidenceView): string {
  const first = result.events[0]?.seq;
  const last = result.events.at(-1)?.seq;
  const matching = hasFilters(view) ? `${plural(result.total, 'event')} match` : `${plural(result.total, 'event')} in the log`;
  return first === undefined ? matching : `${matching} · showing #${first} to #${last}`;
}

/**
 * The API pages with a cursor (`before`) and has no way back, so the cursors of the pages seen
 * are remembered here, per filter. A shared link to a later page can still jump to the newest.
 */
function usePaging(view: EvidenceView) {
  const key = filterKey(view);
  const [trail, setTrail] = useState<{ key: string; cursors: (number | undefined)[] }>({ key, cursors: [] });
  const cursors = trail.key === key ? trail.cursors : [];
  return {
    canGoNewer: cursors.length > 0 && view.before !== undefined,
    remember: () => setTrail({ key, cursors: [...cursors, view.before] }),
    newer: () => {
      const previous = cursors.at(-1);
      setTrail({ key, cursors: cursors.slice(0, -1) });
      return previous;
    },
  };
}
