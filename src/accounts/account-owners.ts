import type { Context } from '../context.ts';
import { listPeople } from '../people/person.ts';
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
 * alias (their current engagement's status, today), and the system's manual mappings. Three
 * queries for the people and one for the mappings, whatever the number of accounts.
 */
export async function loadAccountOwners(ctx: Pick<Context, 'db' | 'now'>, systemId: string): Promise<AccountOwners> {
  const [people, mappings] = await Promise.all([
    listPeople(ctx),
    ctx.db.selectFrom('account_mappings').select(['external_id', 'person_id']).where('system_id', '=', systemId).execute(),
  ]);
  const byId = new Map<string, AccountOwner>();
  const byEmail = new Map<string, AccountOwner>();
  const byAlias = new Map<string, AccountOwner>();
  for (const person of people) {
    const { current } = person;
    const owner: AccountOwner = { personId: person.id, name: person.name, email: person.email, status: current.status, kind: current.kind, endOn: current.endOn, pastEndDate: current.pastEndDate };
    byId.set(person.id, owner);
    byEmail.set(person.email, owner);
    for (const alias of person.aliases) byAlias.set(alias, owner);
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
