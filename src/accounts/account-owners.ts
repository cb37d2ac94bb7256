import type { Context } from '../context.ts';
import { databaseKey } from '../db/database-key.ts';
import { lastChangeOf } from '../evidence/last-change.ts';
import { engagementStatus, isPastEndDate, todayIn } from '../people/person.ts';
import type { PersonKind } from '../people/person-kind.ts';
import type { AccountOwner } from './account-flags.ts';

/** How an account was matched to its person: a remembered manual mapping wins over the addresses. */
export type MatchedBy = 'mapping' | 'email' | 'alias';

export interface AccountMatch {
  owner: AccountOwner;
  matchedBy: MatchedBy;
}

/** Finds whose an account of one system is. */
export interface AccountOwners {
  match(account: { externalId: string; email: string | null; userName: string | null }): AccountMatch | null;
}

/** Every person with an engagement, as owners, by id, work email and alias. */
interface Directory {
  byId: Map<string, AccountOwner>;
  byEmail: Map<string, AccountOwner>;
  byAlias: Map<string, AccountOwner>;
}

/**
 * Each database's directory as last read, with what it was read from: the newest event of the
 * people module (every change to people, engagements and checklists appends one in its
 * transaction) and the day. Importing 200 systems' lists reads a directory of 10,000 people once,
 * not 200 times: reading it cost more than storing a system's accounts.
 */
const directories = new WeakMap<object, { stamp: string; directory: Directory }>();

/**
 * The directory as one system's accounts are matched against it: every person by work email and
 * alias, with their current engagement's status today, and the system's manual mappings. A few
 * narrow queries whatever the number of accounts, only what matching and flags read; the
 * directory's own three only when it has changed since it was last read.
 */
export async function loadAccountOwners(ctx: Pick<Context, 'db' | 'now' | 'tail'>, systemId: string): Promise<AccountOwners> {
  const [{ byId, byEmail, byAlias }, mappings] = await Promise.all([
    directoryOf(ctx),
    ctx.db.selectFrom('account_mappings').select(['external_id', 'person_id']).where('system_id', '=', systemId).execute(),
  ]);
  const mapped = new Map(mappings.map((m) => [m.external_id, byId.get(m.person_id)!]));
  const byAddress = (address: string | null): AccountMatch | null => {
    if (!address) return null;
    const owner = byEmail.get(address);
    if (owner) return { owner, matchedBy: 'email' };
    const aliased = byAlias.get(address);
    return aliased ? { owner: aliased, matchedBy: 'alias' } : null;
  };
  return {
    match(account) {
      const mapping = mapped.get(account.externalId);
      if (mapping) return { owner: mapping, matchedBy: 'mapping' };
      return byAddress(account.email) ?? (account.userName?.includes('@') ? byAddress(account.userName.toLowerCase()) : null);
    },
  };
}

async function directoryOf(ctx: Pick<Context, 'db' | 'now' | 'tail'>): Promise<Directory> {
  // Read before the directory: a change committed in between leaves it stamped older than it is, read again next time.
  const [change, date] = await Promise.all([lastChangeOf(ctx, ['people']), todayIn(ctx)]);
  const today = date.toString();
  const stamp = `${change} ${today}`;
  const kept = directories.get(databaseKey(ctx.db));
  if (kept?.stamp === stamp) return kept.directory;
  const directory = await readDirectory(ctx, today);
  // A transaction that has appended events may have changed the directory and may yet roll back: what it reads is not kept.
  if (!ctx.tail?.locked) directories.set(databaseKey(ctx.db), { stamp, directory });
  return directory;
}

async function readDirectory(ctx: Pick<Context, 'db'>, today: string): Promise<Directory> {
  const [people, engagements, offboardings] = await Promise.all([
    ctx.db.selectFrom('people').select(['id', 'name', 'email', 'aliases']).execute(),
    ctx.db.selectFrom('engagements').select(['id', 'person_id', 'kind', 'start_on', 'end_on', 'created_at']).execute(),
    ctx.db
      .selectFrom('checklists as c')
      .innerJoin('checklist_items as i', 'i.checklist_id', 'c.id')
      .select((eb) => ['c.engagement_id', eb.fn.count<number>('i.done_at').as('done'), eb.fn.countAll<number>().as('total')])
      .where('c.kind', '=', 'offboarding')
      .groupBy('c.engagement_id')
      .execute(),
  ]);
  const current = new Map<string, (typeof engagements)[number]>();
  for (const engagement of engagements) {
    const newest = current.get(engagement.person_id);
    if (!newest || engagement.created_at > newest.created_at) current.set(engagement.person_id, engagement);
  }
  const offboarding = new Map(offboardings.map((o) => [o.engagement_id, { done: Number(o.done), total: Number(o.total) }]));
  const directory: Directory = { byId: new Map(), byEmail: new Map(), byAlias: new Map() };
  for (const person of people) {
    const engagement = current.get(person.id);
    if (!engagement) continue;
    const status = engagementStatus(engagement.start_on, offboarding.get(engagement.id) ?? null, today);
    const owner: AccountOwner = {
      personId: person.id,
      name: person.name,
      email: person.email,
      status,
      kind: engagement.kind as PersonKind,
      endOn: engagement.end_on,
      pastEndDate: isPastEndDate(status, engagement.end_on, today),
    };
    directory.byId.set(person.id, owner);
    directory.byEmail.set(person.email, owner);
    for (const alias of JSON.parse(person.aliases) as string[]) directory.byAlias.set(alias, owner);
  }
  return directory;
}
