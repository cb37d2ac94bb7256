import { Center, Loader, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from '../app/router.tsx';
import { useSession } from '../identity/session-context.tsx';
import { systemPage } from '../systems/system-types.ts';
import { formatDateTime } from '../ui/format-date.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { Section } from '../ui/section.tsx';
import { useWorkspace } from '../ui/workspace.tsx';
import type { ApiState } from '../ui/use-api.ts';
import { ExceptionModal } from './exception-modal.tsx';
import { RemediationTable } from './remediation-table.tsx';
import type { RemediationItem, ReviewReport, ReviewSystem } from './review-types.ts';

export interface RemediationPanelProps {
  reviewId: string;
  system: ReviewSystem;
  /** The review's report, which holds each system's remediation. */
  report: ApiState<ReviewReport>;
  /** Whether the user may record exceptions: the reviewer, or an owner or admin, while the system is open. */
  canExcept: boolean;
  onChanged(): void;
}

/** What the decisions ask to be done, and what the list imported after them shows done. */
export function RemediationPanel({ reviewId, system, report, canExcept, onChanged }: RemediationPanelProps) {
  const { timeZone } = useWorkspace();
  const imports = useSession().can('accounts:manage');
  const [excepting, setExcepting] = useState<RemediationItem>();
  const items = report.data?.systems.find((s) => s.system.systemId === system.systemId)?.remediation;
  const { after } = system;
  const description = after ? (
    <>
      The after list is #{after.number}, as of {formatDateTime(after.asOf, timeZone)}. A revoked account must be gone or suspended on it; a changed one
      must show other roles. What it does not show needs an exception with its reason.
    </>
  ) : (
    <>
      Revoke and change the access in {system.systemName}, then import its account list again{' '}
      {imports ? (
        <>
          on <Link to={systemPage(system.systemId)}>{system.systemName}’s page</Link>
        </>
      ) : (
        '(an owner or admin does)'
      )}
      : that list, the after list, confirms what was done.
    </>
  );
  return (
    <Section title="Remediation" description={description}>
      {report.error ? (
        <ProblemAlert problem={report.error} />
      ) : !items ? (
        <Center p="md">
          <Loader size="sm" aria-label="Loading the remediation" />
        </Center>
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing to remediate: every account is kept.
        </Text>
      ) : (
        <RemediationTable items={items} hasAfter={after !== null} onException={canExcept ? setExcepting : undefined} />
      )}
      <ExceptionModal
        reviewId={reviewId}
        systemId={system.systemId}
        item={excepting}
        onClose={() => setExcepting(undefined)}
        onRecorded={() => {
          setExcepting(undefined);
          onChanged();
        }}
      />
    </Section>
  );
}
