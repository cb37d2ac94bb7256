import { Alert, Button, Center, EmptyState, Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { navigate, useLocation } from '../app/router.tsx';
import { useSession } from '../identity/session-context.tsx';
import { apiPath } from '../ui/api.ts';
import { plural } from '../ui/plural.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import { type ImportResult, type RequestList, type RequestStatus, statusLabels, type WindowAnswer } from './audit-types.ts';
import { AuditWindowCard } from './audit-window-card.tsx';
import { ImportRequestsModal } from './import-requests-modal.tsx';
import { RequestDrawer } from './request-drawer.tsx';
import { RequestsTable } from './requests-table.tsx';

const statuses: (RequestStatus | '')[] = ['', 'overdue', 'open', 'answered'];

/** The page's state is its URL: `/audits?status=overdue&request=PBC-07`. */
function pageUrl(status: string, request?: string): string {
  const params = new URLSearchParams();
  if (status) params.set('status', status);
  if (request) params.set('request', request);
  const search = params.toString();
  return search ? `/audits?${search}` : '/audits';
}

/** /audits: the audit window, the auditor's request list with where each request stands, and the evidence that answers it. */
export function AuditsPage() {
  const session = useSession();
  const manage = session.can('audits:manage');
  const params = new URLSearchParams(useLocation().search);
  const status = (params.get('status') ?? '') as RequestStatus | '';
  const open = params.get('request') ?? undefined;
  const window = useApi<WindowAnswer>('/api/audits/window');
  const list = useApi<RequestList>(apiPath('/api/audits/requests', { status }));
  const [importing, setImporting] = useState(false);
  const [notice, setNotice] = useState<string>();
  const imported = (result: ImportResult) => {
    setImporting(false);
    setNotice(`Imported ${result.fileName}: ${plural(result.new.length, 'new request')}, ${result.changed.length} changed${result.notInFile.length > 0 ? `, ${result.notInFile.length} not in the file (kept)` : ''}.`);
    list.reload();
  };
  const counts = list.data?.counts;

  return (
    <Stack gap="lg" maw={1300}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Audit requests</Title>
          <Text c="dimmed" size="sm" maw={760}>
            What the auditor asks for, and the evidence that answers each request: a complete population over the window, a file, the auditor package or a
            note. A request is answered once something is linked to it, and overdue after its due date until then.
            {session.user.role === 'auditor' && ' What you open here is recorded in the evidence log, as every auditor view is.'}
          </Text>
        </div>
        {manage && <Button onClick={() => setImporting(true)}>Import request list</Button>}
      </Group>
      {window.error ? <ProblemAlert problem={window.error} /> : window.data && <AuditWindowCard window={window.data.window} manage={manage} onSaved={window.reload} />}
      {notice && (
        <Alert color="green" variant="light" withCloseButton onClose={() => setNotice(undefined)}>
          {notice}
        </Alert>
      )}
      {list.error ? (
        <ProblemAlert problem={list.error} />
      ) : !list.data || !counts ? (
        <Center p="xl">
          <Loader aria-label="Loading the requests" />
        </Center>
      ) : counts.total === 0 ? (
        <EmptyState
          title="No requests yet"
          description={
            manage
              ? 'Import the request list the audit firm sent you (the PBC list) as CSV: its columns are matched by name, and you choose any the import does not recognise.'
              : 'An owner or admin imports the audit firm’s request list here.'
          }
        />
      ) : (
        <Stack gap="sm">
          <SegmentedControl
            aria-label="Show"
            w="fit-content"
            data={statuses.map((value) => ({ value, label: `${value ? statusLabels[value].label : 'All'} (${value ? counts[value] : counts.total})` }))}
            value={status}
            onChange={(value) => navigate(pageUrl(value), { replace: true })}
          />
          {list.data.requests.length === 0 ? (
            <Text size="sm" c="dimmed" p="md">
              No request is {statusLabels[status as RequestStatus].label.toLowerCase()}.
            </Text>
          ) : (
            <RequestsTable requests={list.data.requests} today={list.data.today} hrefOf={(id) => pageUrl(status, id)} />
          )}
        </Stack>
      )}
      <ImportRequestsModal opened={importing} onClose={() => setImporting(false)} onImported={imported} />
      <RequestDrawer
        id={open}
        today={list.data?.today ?? ''}
        window={window.data?.window ?? null}
        manage={manage}
        onClose={() => navigate(pageUrl(status), { replace: true })}
        onChanged={list.reload}
      />
    </Stack>
  );
}
