import { actorRef, type Context, inTransaction } from '../context.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { type AuditRequestDetail, loadAuditRequest } from './audit-request.ts';
import { lockRequest } from './lock-request.ts';

/**
 * Takes a link off a request: it no longer answers it, and the request is open (or overdue)
 * again if nothing else does. The link stays, marked removed, with its evidence event.
 */
export async function unlinkEvidence(ctx: Context, input: { requestId: string; number: number }): Promise<AuditRequestDetail> {
  return inTransaction(ctx, async (tx) => {
    await lockRequest(tx, input.requestId);
    const link = await tx.db.selectFrom('audit_request_links').selectAll().where('request_id', '=', input.requestId).where('number', '=', input.number).executeTakeFirst();
    if (!link) throw new AppError('not_found', `request ${input.requestId} has no link ${input.number}`, 'link');
    if (link.removed_at) throw new AppError('conflict', `link ${input.number} of request ${input.requestId} was already removed on ${link.removed_at.slice(0, 10)} by ${link.removed_by}`, 'link');
    const now = tx.now().toISOString();
    await tx.db.updateTable('audit_request_links').set({ removed_at: now, removed_by: actorRef(tx.actor) }).where('request_id', '=', input.requestId).where('number', '=', input.number).execute();
    const what = { population: link.population, from: link.from_on, to: link.to_on, sha256: link.attachment_sha256, packageSeq: link.package_seq, note: link.note };
    await appendEvent(tx, {
      action: 'audits.request.unlinked',
      subject: { type: 'audit_request', id: input.requestId },
      data: { number: link.number, kind: link.kind, ...Object.fromEntries(Object.entries(what).filter(([, value]) => value !== null)) },
    });
    return loadAuditRequest(tx, input.requestId);
  });
}
