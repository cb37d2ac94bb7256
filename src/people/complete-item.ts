import { returnAsset } from '../assets/return-asset.ts';
import { completeOccurrence } from '../cadence/complete-occurrence.ts';
import { loadObligation } from '../cadence/load-obligations.ts';
import { type Context, inTransaction } from '../context.ts';
import { AppError, invalidInput } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { effectiveAtOrNow } from '../evidence/effective-at.ts';
import { storeAttachment } from '../evidence/store-attachment.ts';
import { can, type Role } from '../identity/roles.ts';
import { GROUNDWORK_SYSTEM_ID } from '../systems/groundwork-system.ts';
import { parseLocalDate } from '../time/local-date.ts';
import { type Checklist, type ChecklistItem, loadChecklist } from './checklist.ts';
import { isAcknowledgementItem } from './checklist-template.ts';
import { loadPerson } from './person.ts';
import { revokeGroundworkAccess } from './revoke-groundwork-access.ts';

export interface CompleteItemInput {
  checklistId: string;
  key: string;
  /** What was found, for items with a choice: see `outcomesOf`. Other items are simply "done". */
  outcome?: string;
  /** Email forwarding kept: the date it stops. */
  forwardUntil?: string;
  link?: string;
  file?: { name: string; bytes: Uint8Array };
  note?: string;
  /** When it was done, if earlier than now. */
  effectiveAt?: Date;
}

/** Who is completing it through the API; the CLI on the server (undefined) may complete anything. */
export interface Completer {
  role: Role;
  email: string;
}

/** The answers an item accepts; the first is the usual one. */
export function outcomesOf(item: Pick<ChecklistItem, 'key'>): string[] {
  if (item.key.startsWith('account:')) return ['created', 'not-needed'];
  if (item.key.startsWith('revoke:')) return ['revoked', 'no-account'];
  if (item.key.startsWith('return:')) return ['returned', 'not-returned'];
  if (item.key === 'email-forwarding') return ['none', 'forwarded'];
  return ['done'];
}

const MAX_NOTE = 2000;

/**
 * Completes one item, with its proof, as evidence of who did it and when it took effect. The
 * last access item of an offboarding completes its same-day deadline (on time or late by N
 * days), and a returned asset is returned in the asset register, in the same transaction.
 */
export async function completeItem(ctx: Context, input: CompleteItemInput, by?: Completer): Promise<Checklist> {
  return inTransaction(ctx, async (tx) => {
    const checklist = await loadChecklist(tx, input.checklistId);
    const item = checklist.items.find((i) => i.key === input.key);
    if (!item) throw invalidInput(`${checklist.person.name}'s ${checklist.kind} has no item "${input.key}" (items: ${checklist.items.map((i) => i.key).join(', ')})`, 'key');
    if (item.done) throw new AppError('conflict', `"${item.title}" was already done on ${item.effectiveAt!.slice(0, 10)} by ${item.doneBy}`, 'key');
    const note = input.note?.trim() || null;
    if (note && note.length > MAX_NOTE) throw invalidInput(`the note is ${note.length} characters; at most ${MAX_NOTE}`, 'note');
    await requireConfirmer(tx, checklist, item, by, note);

    const outcomes = outcomesOf(item);
    const outcome = input.outcome ?? outcomes[0]!;
    if (!outcomes.includes(outcome)) throw invalidInput(`"${outcome}" is not an answer to "${item.title}" (${outcomes.join(', ')})`, 'outcome');
    if ((outcome === 'not-returned' || outcome === 'not-needed') && !note) throw invalidInput(`say why in a note: "${outcome}" is an exception an auditor asks about`, 'note');
    let recordedOutcome = outcome;
    if (outcome === 'forwarded') {
      if (!input.forwardUntil) throw invalidInput('email forwarding is kept only with an end date', 'forwardUntil');
      recordedOutcome = `forwarded until ${parseLocalDate(input.forwardUntil, 'forwardUntil')}`;
    }
    const link = input.link?.trim() || null;
    if (item.proof === 'link' && !link) throw invalidInput(`"${item.title}" needs a link to its proof`, 'link');
    if (link && !/^https?:\/\/\S+$/.test(link)) throw invalidInput(`"${link}" is not an http or https link`, 'link');
    if (item.proof === 'file' && !input.file) throw invalidInput(`"${item.title}" needs a file: the signed document`, 'file');
    const effectiveAt = effectiveAtOrNow(input.effectiveAt, tx.now());
    const stored = input.file ? await storeAttachment(tx, input.file.bytes, input.file.name) : null;

    const event = await appendEvent(tx, {
      action: 'people.checklist.item-done',
      subject: { type: 'person', id: checklist.person.id },
      data: {
        checklistId: checklist.id,
        checklist: checklist.kind,
        email: checklist.person.email,
        key: item.key,
        title: item.title,
        outcome: recordedOutcome,
        system: item.system?.id ?? null,
        asset: item.asset?.tag ?? null,
        link,
        fileName: input.file?.name ?? null,
        note,
      },
      effectiveAt,
      attachments: stored ? [stored.sha256] : [],
    });
    const updated = await tx.db
      .updateTable('checklist_items')
      .set({ done_at: tx.now().toISOString(), effective_at: effectiveAt.toISOString(), done_by: tx.actor.id, outcome: recordedOutcome, link, attachment_sha256: stored?.sha256 ?? null, note, evidence_seq: event.seq })
      .where('checklist_id', '=', checklist.id)
      .where('key', '=', item.key)
      .where('done_at', 'is', null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new AppError('conflict', `"${item.title}" was completed by someone else a moment ago`, 'key');
    if (item.asset && outcome === 'returned') await returnAsset(tx, { tag: item.asset.tag, note, effectiveAt });
    if (item.system?.id === GROUNDWORK_SYSTEM_ID && checklist.kind === 'offboarding') await revokeGroundworkAccess(tx, checklist.person.id, outcome, by);

    let after = await loadChecklist(tx, checklist.id);
    if (checklist.kind === 'offboarding' && (await completeDeadlines(tx, after, event.seq))) after = await loadChecklist(tx, checklist.id);
    if (after.completedAt) {
      await appendEvent(tx, { action: `people.${after.kind}.completed`, subject: { type: 'person', id: after.person.id }, data: { checklistId: after.id, email: after.person.email, items: after.total, exceptions: after.exceptions } });
    }
    return after;
  });
}

async function requireConfirmer(tx: Context, checklist: Checklist, item: ChecklistItem, by: Completer | undefined, note: string | null): Promise<void> {
  if (!by) return;
  const admin = can(by.role, 'people:manage');
  if (isAcknowledgementItem(item.key) && !admin) {
    throw new AppError('conflict', `"${item.title}" completes itself when ${checklist.person.name} acknowledges in Groundwork (Policies to acknowledge)`, 'key');
  }
  if (item.confirmedBy === 'admin') {
    if (!admin) throw new AppError('forbidden', `"${item.title}" is confirmed by an owner or admin; you are a ${by.role}`, 'key');
    return;
  }
  const confirmer = item.confirmedBy === 'person' ? checklist.person.id : checklist.engagement.managerId;
  const person = confirmer ? await loadPerson(tx, confirmer) : null;
  if (person && (person.email === by.email || person.aliases.includes(by.email))) return;
  const who = item.confirmedBy === 'person' ? checklist.person.name : person ? `${person.name}, the manager,` : 'the manager';
  if (!admin) throw new AppError('forbidden', `"${item.title}" is confirmed by ${who}`, 'key');
  // An admin may record someone else's confirmation, saying how it was given.
  if (!note) throw invalidInput(`"${item.title}" is confirmed by ${who}: to record it for them, say in a note how they confirmed it`, 'note');
}

/** Once every access item is done: the same-day deadline, and a contract's end-date obligation, are completed. */
async function completeDeadlines(tx: Context, checklist: Checklist, proofSeq: number): Promise<boolean> {
  const access = checklist.items.filter((i) => i.phase === 'access');
  if (access.some((i) => !i.done) || !checklist.deadline || checklist.deadline.completion) return false;
  const effectiveAt = new Date(access.map((i) => i.effectiveAt!).sort().at(-1)!);
  await completeOccurrence(tx, { obligationId: checklist.deadline.obligationId, dueOn: checklist.deadline.dueOn, effectiveAt, proofSeq });
  const row = await tx.db.selectFrom('engagements').select(['end_obligation_id', 'end_on']).where('id', '=', checklist.engagement.id).executeTakeFirstOrThrow();
  if (!row.end_obligation_id || !row.end_on) return true;
  const { obligation, completions } = await loadObligation(tx, row.end_obligation_id);
  if (obligation.retiredOn === null && !completions.has(row.end_on)) await completeOccurrence(tx, { obligationId: row.end_obligation_id, dueOn: row.end_on, effectiveAt, proofSeq });
  return true;
}
