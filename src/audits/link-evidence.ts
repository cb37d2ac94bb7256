import { Temporal } from 'temporal-polyfill';
import { actorRef, type Context, inTransaction } from '../context.ts';
import { AppError, invalidInput } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { storeAttachment } from '../evidence/store-attachment.ts';
import { type PopulationKind, populationKinds } from '../exports/population-kinds.ts';
import { parseLocalDate } from '../time/local-date.ts';
import { loadAuditWindow } from './audit-window.ts';
import { type AuditRequestDetail, loadAuditRequest } from './audit-request.ts';
import { lockRequest } from './lock-request.ts';

/** What answers a request: a population over a window, a stored attachment or a new file, an auditor package, or a note. */
export type EvidenceLink =
  /** Without from and to: over the audit window. */
  | { kind: 'population'; population: string; from?: string; to?: string }
  | { kind: 'attachment'; sha256: string; fileName?: string }
  | { kind: 'attachment'; file: { name: string; bytes: Uint8Array } }
  /** The exports.package.created event of the package, by its seq. */
  | { kind: 'package'; seq: number }
  | { kind: 'note'; text: string };

export const PACKAGE_CREATED = 'exports.package.created';
const MAX_NOTE = 2000;

/**
 * Links evidence to one of the auditor's requests, which answers it. The link and its evidence
 * event are one transaction; a new file is stored as an attachment first. Linking the same
 * evidence twice is refused.
 */
export async function linkEvidence(ctx: Context, input: { requestId: string } & EvidenceLink): Promise<AuditRequestDetail> {
  return inTransaction(ctx, async (tx) => {
    const number = (await lockRequest(tx, input.requestId)) + 1;
    const link = await checkedLink(tx, input);
    let sameQuery = tx.db.selectFrom('audit_request_links').select('number').where('request_id', '=', input.requestId).where('removed_at', 'is', null).where('kind', '=', link.kind);
    for (const [column, value] of Object.entries(link.key) as [keyof CheckedLink['key'], string | number][]) sameQuery = sameQuery.where(column, '=', value);
    const same = await sameQuery.executeTakeFirst();
    if (same) throw new AppError('conflict', `request ${input.requestId} is already answered with this (link ${same.number})`, 'link');
    await tx.db
      .insertInto('audit_request_links')
      .values({ request_id: input.requestId, number, kind: link.kind, population: null, from_on: null, to_on: null, attachment_sha256: null, package_seq: null, note: null, ...link.key, file_name: link.fileName, linked_at: tx.now().toISOString(), linked_by: actorRef(tx.actor), removed_at: null, removed_by: null })
      .execute();
    await appendEvent(tx, {
      action: 'audits.request.linked',
      subject: { type: 'audit_request', id: input.requestId },
      data: { number, kind: link.kind, ...link.data },
      attachments: link.key.attachment_sha256 ? [link.key.attachment_sha256] : [],
    });
    return loadAuditRequest(tx, input.requestId);
  });
}

interface CheckedLink {
  kind: EvidenceLink['kind'];
  /** The columns that say what is linked: the same values twice are the same evidence. */
  key: { population?: string; from_on?: string; to_on?: string; attachment_sha256?: string; package_seq?: number; note?: string };
  fileName: string | null;
  /** What the evidence event records. */
  data: Record<string, unknown>;
}

async function checkedLink(tx: Context, input: EvidenceLink): Promise<CheckedLink> {
  switch (input.kind) {
    case 'population': {
      if (!(populationKinds as readonly string[]).includes(input.population)) throw invalidInput(`"${input.population}" is not a population; the populations are ${populationKinds.join(', ')}`, 'population');
      const population = input.population as PopulationKind;
      const { from, to } = await windowOf(tx, input);
      return { kind: 'population', key: { population, from_on: from, to_on: to }, fileName: null, data: { population, from, to } };
    }
    case 'attachment': {
      if ('file' in input) {
        const name = input.file.name.trim().slice(0, 255) || 'attachment';
        const stored = await storeAttachment(tx, input.file.bytes, name);
        return { kind: 'attachment', key: { attachment_sha256: stored.sha256 }, fileName: name, data: { sha256: stored.sha256, fileName: name, sizeBytes: stored.sizeBytes } };
      }
      const sha256 = input.sha256.trim().toLowerCase();
      if (!/^[0-9a-f]{64}$/.test(sha256)) throw invalidInput(`"${input.sha256}" is not a SHA-256 hex digest (64 characters 0-9 and a-f)`, 'sha256');
      const stored = await tx.db.selectFrom('attachments').select('sha256').where('sha256', '=', sha256).executeTakeFirst();
      if (!stored) throw invalidInput(`no stored attachment has the SHA-256 ${sha256}; attach the file instead`, 'sha256');
      const fileName = input.fileName?.trim().slice(0, 255) || null;
      return { kind: 'attachment', key: { attachment_sha256: sha256 }, fileName, data: { sha256, fileName } };
    }
    case 'package': {
      const event = await tx.db.selectFrom('evidence_events').select(['seq', 'action']).where('seq', '=', input.seq).executeTakeFirst();
      if (!event) throw invalidInput(`the evidence log has no event ${input.seq}`, 'seq');
      if (event.action !== PACKAGE_CREATED) throw invalidInput(`event ${input.seq} is ${event.action}, not an auditor package (${PACKAGE_CREATED})`, 'seq');
      return { kind: 'package', key: { package_seq: input.seq }, fileName: null, data: { packageSeq: input.seq } };
    }
    case 'note': {
      const text = input.text.trim();
      if (!text) throw invalidInput('the note is empty', 'text');
      if (text.length > MAX_NOTE) throw invalidInput(`the note is ${text.length} characters; at most ${MAX_NOTE}`, 'text');
      return { kind: 'note', key: { note: text }, fileName: null, data: { note: text } };
    }
  }
}

/** The window given, or the audit window when none is. */
async function windowOf(tx: Context, input: { from?: string; to?: string }): Promise<{ from: string; to: string }> {
  if (input.from === undefined && input.to === undefined) {
    const window = await loadAuditWindow(tx);
    if (!window) throw invalidInput('give the window the population covers (from and to), or set the audit window first', 'from');
    return { from: window.from, to: window.to };
  }
  if (input.from === undefined || input.to === undefined) throw invalidInput('give both ends of the window, from and to', input.from === undefined ? 'from' : 'to');
  const from = parseLocalDate(input.from, 'from');
  const to = parseLocalDate(input.to, 'to');
  if (Temporal.PlainDate.compare(from, to) > 0) throw invalidInput(`the window ends (${input.to}) before it starts (${input.from})`, 'to');
  return { from: input.from, to: input.to };
}
