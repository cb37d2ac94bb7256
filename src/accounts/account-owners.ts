import type { Context } from '../context.ts';
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

/**
 * The directory as one system's accounts are matched against it: every person by work email and
 * alias, with their current engagement's status today, and the system's manual mappings. Four
 * narrow queries whatever the number of accounts: only what matching and flags read.
 */
export async function loadAccountOwners(ctx: Pick<Context, 'db' | 'now'>, systemId: string): Promise<AccountOwners> {
  const [today, people, engagements, offboardings, mappings] = await Promise.all([
    todayIn(ctx),
    ctx.db.selectFrom('people').select(['id', 'name', 'email', 'aliases']).execute(),
    ctx.db.selectFrom('engagements').select(['id', 'person_id', 'kind', 'start_on', 'end_on', 'created_at']).execute(),
    ctx.db
      .selectFrom('checklists as c')
      .innerJoin('checklist_items as i', 'i.checklist_id', 'c.id')
      .select((eb) => ['c.engagement_id', eb.fn.count<number>('i.done_at').as('done'), eb.fn.countAll<number>().as('total')])
      .where('c.kind', '=', 'offboarding')
      .groupBy('c.engagement_id')
      .execute(),
    ctx.db.selectFrom('account_mappings').select(['external_id', 'person_id']).where('system_id', '=', systemId).execute(),
  ]);
  const current = new Map<string, (typeof engagements)[number]>();
  for (const engagement of engagements) {
    const newest = current.get(engagement.person_id);
    if (!newest || engagement.created_at > newest.created_at) current.set(engagement.person_id, engagement);
  }
  const offboarding = new Map(offboardings.map((o) => [o.engagement_id, { done: Number(o.done), total: Number(o.total) }]));
  const byId = new Map<string, AccountOwner>();
  const byEmail = new Map<string, AccountOwner>();
  const byAlias = new Map<string, AccountOwner>();
  for (const person of people) {
    const engagement = current.get(person.id);
    if (!engagement) continue;
    const status = engagementStatus(engagement.start_on, offboarding.get(engagement.id) ?? null, today.toString());
    const owner: AccountOwner = {
      personId: person.id,
      name: person.name,
      email: person.email,
      status,
      kind: engagement.kind as PersonKind,
      endOn: engagement.end_on,
      pastEndDate: isPastEndDate(status, engagement.end_on, today.toString()),
    };
    byId.set(person.id, owner);
    byEmail.set(person.email, owner);
    for (const alias of JSON.parse(person.aliases) as string[]) byAlias.set(alias, owner);
  }
  const mapped = new Map(mappings.map((m) => [m.external_id, byId.get(m.person_id)!]));
  return {
    match(account) {
      const mapping = mapped.get(account.externalId);
      if (mapping) return { owner: mapping, matchedBy: 'mapping' };
      for (const address of [account.email, account.userName?.includes('@') ? account.userName.toLowerCase() : null]) {
        if (!address) continue;
        const owner = byEmail.get(address);
        if (owner) return { owner, matchedBy: 'email' };
        const aliased = byAlias.get(address);
        if (aliased) return { owner: aliased, matchedBy: 'alias' };
      }
      return null;
    },
  };
}
