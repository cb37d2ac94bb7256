import { createHash, randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import { actorRef, type Context, inTransaction } from '../context.ts';
import { insertRows } from '../db/insert-rows.ts';
import type { AccountTable } from '../db/schema.ts';
import { AppError, invalidInput } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { loadSystem } from '../systems/system.ts';
import { detectFormat, formatNamed } from './account-formats.ts';
import { type AccountFlagId, type AccountOwner, accountFlagIds, flagsOf } from './account-flags.ts';
import { loadAccountOwners } from './account-owners.ts';
import type { SourceFile } from './account-record.ts';
import { loadFlagSettings } from './flag-settings.ts';
import { type AccountSnapshot, latestSnapshot, loadSnapshot, type SourceDigest } from './snapshot.ts';
import { accountRow } from './stored-account.ts';

export interface ImportAccountsInput {
  systemId: string;
  /** Every file that together describes the system's accounts (members + admins + the 2FA list). */
  files: SourceFile[];
  /** A format id; detected from the files when left out. Naming it also accepts a change of format. */
  format?: string;
  /** When the system's list was taken; now when left out. */
  asOf?: Date;
  /** How the list arrived, for the evidence: "file import" unless a connector says otherwise. */
  via?: string;
  /** Called as accounts are stored, with the number so far. */
  onProgress?: (accounts: number) => void;
}

/** Rows per INSERT: 18 columns each, well under SQLite's and PostgreSQL's limits on parameters. */
const BATCH = 500;
/** Below this many accounts in either list, no overlap proves nothing. */
const OVERLAP_MINIMUM = 3;

/**
 * Imports a system's account list as a new snapshot, in one transaction with its evidence event
 * (the SHA-256 of every file, the accounts, and how many carry each flag as of the list). Files
 * stream: memory holds one batch and an id per account, whatever the size. Bad input, a file of
 * another system or an older list changes nothing and leaves the snapshot in force as it was.
 */
export async function importAccounts(ctx: Context, input: ImportAccountsInput): Promise<AccountSnapshot> {
  if (input.files.length === 0) throw invalidInput('give the files of the export to import', 'files');
  const system = await loadSystem(ctx, input.systemId);
  if (system.retiredAt) throw new AppError('conflict', `${system.name} was retired on ${system.retiredAt.slice(0, 10)}; its accounts are no longer reviewed`, 'system');
  // Hashed first: a file that cannot be read is said so before any format looks at it.
  const sources = await Promise.all(input.files.map(digestOf));
  const format = input.format ? formatNamed(input.format) : await detectFormat(input.files);
  const now = ctx.now();
  const asOf = (input.asOf ?? now).toISOString();
  if (input.asOf && input.asOf > now) throw invalidInput(`the list cannot be taken in the future (${asOf})`, 'asOf');

  return inTransaction(ctx, async (tx) => {
    const previous = await latestSnapshot(tx, system.id);
    if (previous && previous.asOf > asOf) {
      throw new AppError('conflict', `${system.name}'s list in force is as of ${previous.asOf}; a list as of ${asOf} is older and cannot replace it`, 'asOf');
    }
    if (previous && previous.format !== format.id && !input.format) {
      throw invalidInput(
        `${input.files[0]!.name} is ${format.label}, but ${system.name}'s accounts came as ${formatNamed(previous.format).label}: is it another system's file? Name the format to change it`,
        input.files[0]!.name,
      );
    }
    const known = previous ? await knownAccounts(tx, previous.id) : undefined;
    const [settings, owners] = await Promise.all([loadFlagSettings(tx), loadAccountOwners(tx, system.id)]);
    const id = randomUUID();
    await tx.db
      .insertInto('account_snapshots')
      .values({ id, system_id: system.id, number: (previous?.number ?? 0) + 1, format: format.id, as_of: asOf, imported_at: now.toISOString(), imported_by: actorRef(tx.actor), sources: JSON.stringify(sources), accounts: 0 })
      .execute();

    const flags = Object.fromEntries(accountFlagIds.map((flag) => [flag, 0])) as Record<AccountFlagId, number>;
    // Whether a person's admin account is also their everyday one is known only once all their accounts are read.
    const privilegedOf = new Map<AccountOwner, { privileged: number; everyday: boolean }>();
    let batch: Insertable<AccountTable>[] = [];
    let count = 0;
    let overlap = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      await insertRows(tx.db, 'accounts', batch);
      batch = [];
      input.onProgress?.(count);
    };
    for await (const account of format.read(input.files)) {
      count++;
      if (known && (known.ids.has(account.externalId) || (account.email !== null && known.emails.has(account.email)))) overlap++;
      const match = owners.match(account);
      for (const flag of flagsOf(account, { asOf, owner: match?.owner ?? null, ownerHasEverydayAccount: true, settings })) flags[flag.id]++;
      if (match && account.status === 'active') {
        // By the owner itself, one object per person: a map of objects finds them by identity, faster than by id.
        let tally = privilegedOf.get(match.owner);
        if (!tally) privilegedOf.set(match.owner, (tally = { privileged: 0, everyday: false }));
        if (account.privileged) tally.privileged++;
        else tally.everyday = true;
      }
      batch.push(accountRow(id, account));
      if (batch.length === BATCH) await flush();
    }
    await flush();
    if (count === 0) throw invalidInput(`${input.files.map((f) => f.name).join(', ')} list${input.files.length === 1 ? 's' : ''} no accounts; a system has at least the account of whoever runs it`, input.files[0]!.name);
    if (known && known.size >= OVERLAP_MINIMUM && count >= OVERLAP_MINIMUM && overlap === 0) {
      throw invalidInput(`none of the ${count} accounts is among the ${known.size} of ${system.name}'s list in force, by id or email: is it another system's file?`, input.files[0]!.name);
    }
    for (const tally of privilegedOf.values()) if (!tally.everyday) flags.privileged_daily_use += tally.privileged;

    await tx.db.updateTable('account_snapshots').set({ accounts: count }).where('id', '=', id).execute();
    const snapshot = await loadSnapshot(tx, id);
    await appendEvent(tx, {
      action: 'accounts.snapshot.imported',
      subject: { type: 'system', id: system.id },
      data: { snapshot: id, number: snapshot.number, format: format.id, via: input.via ?? 'file import', asOf, sources, accounts: count, flags },
    });
    return snapshot;
  });
}

async function digestOf(file: SourceFile): Promise<SourceDigest> {
  const hash = createHash('sha256');
  let bytes = 0;
  try {
    for await (const chunk of file.open()) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
      hash.update(buffer);
      bytes += buffer.length;
    }
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (error as Error).message;
    throw invalidInput(`cannot read ${file.name}: ${reason}`, file.name);
  }
  return { name: file.name, bytes, sha256: hash.digest('hex') };
}

async function knownAccounts(ctx: Pick<Context, 'db'>, snapshotId: string): Promise<{ ids: Set<string>; emails: Set<string>; size: number }> {
  const rows = await ctx.db.selectFrom('accounts').select(['external_id', 'email']).where('snapshot_id', '=', snapshotId).execute();
  return { ids: new Set(rows.map((r) => r.external_id)), emails: new Set(rows.flatMap((r) => (r.email ? [r.email] : []))), size: rows.length };
}
