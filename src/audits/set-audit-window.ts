import { Temporal } from 'temporal-polyfill';
import { actorRef, type Context, inTransaction } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { parseLocalDate } from '../time/local-date.ts';
import { type AuditWindow, loadAuditWindow } from './audit-window.ts';

export interface AuditWindowInput {
  /** YYYY-MM-DD, the first and last days observed. */
  from: string;
  to: string;
  /** The audit firm or auditor; null or '' clears it, undefined keeps it. */
  firm?: string | null;
}

/** A Type 2 observation period is 3 to 12 months; two years allows a long first period, and catches a mistyped year. */
const MAX_DAYS = 731;

/** Sets the audit's observation period; the change is recorded before and after. Setting it as it is changes nothing. */
export async function setAuditWindow(ctx: Context, input: AuditWindowInput): Promise<AuditWindow> {
  const from = parseLocalDate(input.from, 'from');
  const to = parseLocalDate(input.to, 'to');
  if (Temporal.PlainDate.compare(from, to) > 0) throw invalidInput(`the window ends (${input.to}) before it starts (${input.from})`, 'to');
  const days = from.until(to).days + 1;
  if (days > MAX_DAYS) throw invalidInput(`the window is ${days} days long; an audit observes at most two years (a Type 2 usually 3 to 12 months)`, 'to');
  const firmText = input.firm?.trim();
  if (firmText && firmText.length > 200) throw invalidInput('the audit firm is at most 200 characters', 'firm');
  return inTransaction(ctx, async (tx) => {
    const before = await loadAuditWindow(tx);
    const firm = input.firm === undefined ? (before?.firm ?? null) : firmText || null;
    if (before && before.from === input.from && before.to === input.to && before.firm === firm) return before;
    const row = { from_on: input.from, to_on: input.to, firm, set_at: tx.now().toISOString(), set_by: actorRef(tx.actor) };
    if (before) await tx.db.updateTable('audit_window').set(row).where('id', '=', 1).execute();
    else await tx.db.insertInto('audit_window').values({ id: 1, ...row }).execute();
    const shown = (w: { from: string; to: string; firm: string | null } | null) => w && { from: w.from, to: w.to, firm: w.firm };
    await appendEvent(tx, { action: 'audits.window.set', subject: { type: 'audit_window', id: '1' }, data: { before: shown(before), after: { from: input.from, to: input.to, firm } } });
    return (await loadAuditWindow(tx))!;
  });
}
