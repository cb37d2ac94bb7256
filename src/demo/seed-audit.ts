import { stringify } from 'csv-stringify/sync';
import type { Temporal } from 'temporal-polyfill';
import { setAuditWindow } from '../audits/set-audit-window.ts';
import { importRequests } from '../audits/import-requests.ts';
import { type EvidenceLink, linkEvidence } from '../audits/link-evidence.ts';
import { sha256Of } from '../audits/read-request-csv.ts';
import type { Context } from '../context.ts';

type As = (actor: Context['actor'], date: Temporal.PlainDate, hour: number) => Context | undefined;

interface DemoRequest {
  id: string;
  criteria: string;
  area: string;
  text: string;
  /** Days after the list arrived. */
  dueIn: number;
  /** Who answered it, how many days after the list arrived, and with what; none: still to answer. */
  answers?: { by: 'cto' | 'engineer'; after: number; with: EvidenceLink | 'restore log' }[];
}

/**
 * Harbor CPA's first request list (a "PBC list") for Brightline's Type 2, as the firm sends it:
 * its own column names, US dates. Half of it answered with populations and notes; two requests
 * already overdue, the rest due after today.
 */
const requests: DemoRequest[] = [
  {
    id: 'PBC-01',
    criteria: 'CC1.1',
    area: 'Governance',
    text: 'Code of Conduct in effect during the period, evidence of its approval, and signed acknowledgements for the selected sample of new hires',
    dueIn: 7,
    answers: [{ by: 'cto', after: 2, with: { kind: 'population', population: 'acknowledgements' } }],
  },
  {
    id: 'PBC-02',
    criteria: 'CC5.3',
    area: 'Governance',
    text: 'Information security policies: current versions with approval dates, and evidence of the annual review',
    dueIn: 7,
    answers: [
      { by: 'cto', after: 2, with: { kind: 'population', population: 'policy-approvals' } },
      { by: 'cto', after: 2, with: { kind: 'population', population: 'policy-reviews' } },
    ],
  },
  { id: 'PBC-03', criteria: 'CC6.2', area: 'HR', text: 'System-generated listing of all new hires (employees and contractors) during the audit period, with start dates', dueIn: 7, answers: [{ by: 'cto', after: 1, with: { kind: 'population', population: 'hires' } }] },
  { id: 'PBC-04', criteria: 'CC6.2', area: 'HR', text: 'System-generated listing of all terminations during the audit period, with termination dates', dueIn: 7, answers: [{ by: 'cto', after: 1, with: { kind: 'population', population: 'leavers' } }] },
  {
    id: 'PBC-05',
    criteria: 'CC6.2, CC6.3',
    area: 'Logical access',
    text: 'User access reviews performed during the period for each in-scope system: user listings, reviewer sign-off, and evidence that the changes decided were made',
    dueIn: 7,
    answers: [
      { by: 'engineer', after: 3, with: { kind: 'population', population: 'access-reviews' } },
      { by: 'engineer', after: 3, with: { kind: 'population', population: 'review-decisions' } },
    ],
  },
  { id: 'PBC-06', criteria: 'AC-04', area: 'Logical access', text: 'For the sample of terminations selected from PBC-04: evidence that access was removed from every in-scope system by the end of the last day', dueIn: 17 },
  { id: 'PBC-07', criteria: 'CC6.1', area: 'Logical access', text: 'MFA enforcement settings of the identity provider, and of each in-scope system not behind single sign-on (screenshot or export)', dueIn: 7 },
  { id: 'PBC-08', criteria: 'CC8.1', area: 'Change management', text: 'Population of production changes (merged pull requests) for the period, and the branch protection settings of the production repositories', dueIn: 17 },
  {
    id: 'PBC-09',
    criteria: 'CC7.4',
    area: 'Incident response',
    text: 'Incident log for the period, and the post-incident review of any high-severity incident',
    dueIn: 7,
    answers: [{ by: 'cto', after: 4, with: { kind: 'note', text: 'No security incident was declared during the period: the incident register is empty. Maya Chen reviewed it with the leadership security review.' } }],
  },
  { id: 'PBC-10', criteria: 'CC9.1, A1.3', area: 'Business continuity', text: 'Most recent backup restore test, with its results against the recovery objectives', dueIn: 7, answers: [{ by: 'engineer', after: 3, with: 'restore log' }] },
  { id: 'PBC-11', criteria: 'CC9.2', area: 'Vendor management', text: 'Vendor inventory with risk ratings, and the SOC reports reviewed for critical vendors', dueIn: 9 },
  { id: 'PBC-12', criteria: 'CC3.1-01', area: 'Risk assessment', text: 'Annual risk assessment performed during the period, with evidence of leadership review', dueIn: 17 },
];

const usDate = (date: Temporal.PlainDate) => `${String(date.month).padStart(2, '0')}/${String(date.day).padStart(2, '0')}/${date.year}`;

/**
 * Brightline's audit: a first Type 2 over the two quarters since it began keeping records, set
 * when Harbor CPA was engaged two weeks ago; the request list arrived ten days ago. Resolves to
 * the number of requests.
 */
export async function seedAudit(
  as: As,
  actors: { cto: Context['actor']; engineer: Context['actor'] },
  today: Temporal.PlainDate,
  window: { from: Temporal.PlainDate; to: Temporal.PlainDate },
): Promise<number> {
  const engaged = as(actors.cto, today.subtract({ days: 14 }), 10)!;
  await setAuditWindow(engaged, { from: window.from.toString(), to: window.to.toString(), firm: 'Harbor CPA' });

  const received = today.subtract({ days: 10 });
  const csv = stringify([
    ['PBC No.', 'Criteria', 'Area', 'Information Requested', 'Due Date', 'Harbor Comments'],
    ...requests.map((r) => [r.id, r.criteria, r.area, r.text, usDate(received.add({ days: r.dueIn })), r.id === 'PBC-06' ? 'Sample to follow once PBC-04 is received' : '']),
  ]);
  await importRequests(as(actors.cto, received, 9)!, { fileName: 'Brightline_SOC2_Type2_PBC_List.csv', csv, dateFormat: 'MM/DD/YYYY', sha256: sha256Of(csv) });

  const answers = requests.flatMap((r) => (r.answers ?? []).map((answer) => ({ requestId: r.id, ...answer }))).toSorted((a, b) => a.after - b.after);
  for (const { requestId, by, after, with: evidence } of answers) {
    const ctx = as(actors[by], received.add({ days: after }), 15);
    if (!ctx) continue;
    await linkEvidence(ctx, { requestId, ...(evidence === 'restore log' ? await restoreLog(ctx) : evidence) });
  }
  return requests.length;
}

/** The restore test's log, attached when the monthly restore was recorded. */
async function restoreLog(ctx: Context): Promise<EvidenceLink> {
  const attached = await ctx.db.selectFrom('evidence_events').select('attachments').where('action', '=', 'evidence.file.attached').where('subject_type', '=', 'obligation').orderBy('seq').executeTakeFirstOrThrow();
  return { kind: 'attachment', sha256: (JSON.parse(attached.attachments) as string[])[0]!, fileName: 'restore-log.txt' };
}
