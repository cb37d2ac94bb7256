import { loadPolicy } from '../policies/policy.ts';
import type { Cell, Population } from './population.ts';

const within = (at: string | null, start: string, end: string) => at !== null && at >= start && at < end;

/** Each policy version approved or published in the window: who wrote, approved and published which text, and when. */
export const policyApprovalsPopulation: Population = {
  kind: 'policy-approvals',
  title: 'Policy approvals',
  row: 'a version of a policy, procedure or orientation approved or published in the window, with the SHA-256 of its text',
  selection: (window) => `Every version of every policy, procedure and orientation whose approval or publication falls from ${window.from} to ${window.to} (${window.timeZone}).`,
  header: [
    'policy', 'title', 'kind', 'version', 'sha256', 'status', 'written_at', 'written_by', 'submitted_at', 'approved_at', 'approved_by', 'self_approved', 'approval_event',
    'published_at', 'published_by', 'material', 'publication_event',
  ],
  async *pages({ ctx, window, cite }) {
    const [start, end] = [window.start.toISOString(), window.end.toISOString()];
    // A workspace has a few dozen policies: one page each.
    const policies = await ctx.db.selectFrom('policies').select('id').orderBy('created_at').orderBy('id').execute();
    for (const { id } of policies) {
      const { policy, versions } = await loadPolicy(ctx, id);
      const inWindow = versions.filter((v) => within(v.approvedAt, start, end) || within(v.publishedAt, start, end));
      if (inWindow.length === 0) continue;
      const events = await ctx.db
        .selectFrom('evidence_events')
        .select(['seq', 'action', 'data'])
        .where('subject_type', '=', 'policy')
        .where('subject_id', '=', id)
        .where('action', 'in', ['policies.version.approved', 'policies.version.published'])
        .orderBy('seq')
        .execute();
      const eventOf = (action: string, version: number) => events.find((e) => e.action === action && (JSON.parse(e.data) as { version: number }).version === version)?.seq ?? null;
      yield inWindow.map((v): Cell[] => {
        const approval = eventOf('policies.version.approved', v.version);
        const publication = eventOf('policies.version.published', v.version);
        cite(approval);
        cite(publication);
        return [
          policy.id, policy.title, policy.kind, v.version, v.sha256, v.status, v.createdAt, v.createdBy, v.submittedAt, v.approvedAt, v.approvedBy,
          v.approvedBy === null ? null : String(v.selfApproved), approval, v.publishedAt, v.publishedBy, v.material === null ? null : String(v.material), publication,
        ];
      });
    }
  },
};
