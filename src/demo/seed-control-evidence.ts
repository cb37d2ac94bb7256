import type { Temporal } from 'temporal-polyfill';
import type { Context } from '../context.ts';
import { loadChecklists } from '../people/checklist.ts';
import { attachControlEvidence, recordControlException } from '../readiness/control-records.ts';
import { occurrenceRef } from '../readiness/operation-items.ts';
import { onLocalDate } from './calendar.ts';

type As = (actor: Context['actor'], date: Temporal.PlainDate, hour: number) => Context | undefined;

const text = (lines: string[]) => ({ bytes: new TextEncoder().encode(`${lines.join('\n')}\n`) });

/**
 * What Brightline keeps outside Groundwork and attached to its manual controls: the leadership
 * review's minutes, the system description, a restore test report; and the exception it recorded
 * for the one leaver whose access went a day late, under both controls that late revocation broke:
 * offboarding (AC-04) and, as the leaver was a contractor, access ending with the contract (AC-05).
 */
export async function seedControlEvidence(as: As, cto: Context['actor'], dates: { start: Temporal.PlainDate; q1: Temporal.PlainDate; timeZone: string }, current: Context): Promise<number> {
  const { start, q1, timeZone } = dates;
  const files = [
    {
      controlId: 'GV-10',
      on: start.add({ days: 6 }),
      file: { name: 'system-description.md', ...text(['# Brightline Analytics: system description', '', 'Services: the Brightline analytics web app and API.', 'Infrastructure: AWS (us-east-1), Postgres production, GitHub.', 'Commitments: the security page of the terms of service, reviewed with this description.']) },
      note: 'The system description and the customer commitments, reviewed together',
    },
    {
      controlId: 'GV-08',
      on: q1.add({ days: 14 }),
      file: { name: 'leadership-security-review.md', ...text(['# Leadership security review', '', 'Attendees: Maya Chen (CEO), Dana Whitfield (CTO).', 'Reviewed: risk register, the quarter’s access review findings, open exceptions.', 'Decided: enforce MFA on Postgres production by the next review.']) },
      note: 'Minutes of the leadership security review',
    },
    {
      controlId: 'BC-02',
      on: q1.subtract({ days: 2 }),
      file: { name: 'restore-test-report.md', ...text(['# Restore test', '', 'Backup: nightly snapshot of Postgres production.', 'Restored to: a staging instance in 38 minutes (target: 4 hours).', 'Data check: row counts of 12 tables match. Run by Sam Okafor.']) },
      note: 'The half-year restore test against the recovery time target',
    },
  ];
  let recorded = 0;
  for (const { controlId, on, file, note } of files) {
    const ctx = as(cto, on, 17);
    if (!ctx) continue;
    await attachControlEvidence(ctx, { controlId, file, note, effectiveAt: onLocalDate(on, 16, timeZone) });
    recorded++;
  }
  const late = (await loadChecklists(current)).find((c) => c.kind === 'offboarding' && c.deadline?.status === 'late');
  if (late) {
    const reason = `${late.person.name}'s contract end was moved by the client at short notice; single sign-on was cut on the last day and the remaining app accounts the next morning.`;
    const covered = [{ controlId: 'AC-04', ref: late.id }];
    const { endOn } = late.engagement;
    const contractEnd = endOn && (await current.db.selectFrom('obligations').select('id').where('id', 'like', `engagement-end:${late.engagement.id}:%`).where('retired_on', 'is', null).executeTakeFirst());
    if (contractEnd) covered.push({ controlId: 'AC-05', ref: occurrenceRef({ obligationId: contractEnd.id, dueOn: endOn }) });
    for (const { controlId, ref } of covered) {
      await recordControlException({ ...current, actor: cto }, { controlId, ref, reason });
      recorded++;
    }
  }
  return recorded;
}
