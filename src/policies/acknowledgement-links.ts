import { type Context, inTransaction } from '../context.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { hashSecret, newSecret } from '../identity/secret-token.ts';
import type { Person } from '../people/person.ts';
import { type Acknowledgement, acknowledgePolicy } from './acknowledge-policy.ts';
import { owedAcknowledgements, type PersonAcknowledgements } from './acknowledgements.ts';

const LINK_DAYS = 14;

/** The page a link opens: `${publicUrl}/acknowledge/<token>`. */
export function acknowledgementLinkUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/acknowledge/${token}`;
}

/** Unknown, used, replaced and expired links get the same answer: it does not tell which tokens existed. */
export const invalidLink = () => new AppError('not_found', 'this link is not valid or has expired; ask whoever sent it for a new one', 'token');

/**
 * A link for someone with no Groundwork login to read and acknowledge what they owe: valid 14
 * days, used once. Only the SHA-256 of its token is kept, and a new link replaces the person's
 * earlier unused ones.
 */
export async function createAcknowledgementLink(ctx: Context, input: { person: string }): Promise<{ token: string; expiresAt: string; person: Person }> {
  return inTransaction(ctx, async (tx) => {
    const owed = await owedAcknowledgements(tx, input.person);
    const { person } = owed;
    if (person.current.status !== 'pre-hire' && person.current.status !== 'active') {
      throw new AppError('conflict', `${person.name} is ${person.current.status}: only people joining or working here acknowledge policies`, 'person');
    }
    if (owed.complete) throw new AppError('conflict', `${person.name} has acknowledged every policy that applies to them: there is nothing to send`, 'person');
    const token = newSecret('gwa_');
    const now = tx.now();
    const expiresAt = new Date(now.getTime() + LINK_DAYS * 86_400_000).toISOString();
    const replaced = await tx.db.updateTable('acknowledgement_links').set({ used_at: now.toISOString() }).where('person_id', '=', person.id).where('used_at', 'is', null).executeTakeFirst();
    await tx.db.insertInto('acknowledgement_links').values({ token_hash: hashSecret(token), person_id: person.id, created_by: tx.actor.id, created_at: now.toISOString(), expires_at: expiresAt, used_at: null }).execute();
    await appendEvent(tx, {
      action: 'policies.acknowledgement-link.created',
      subject: { type: 'person', id: person.id },
      data: { personId: person.id, email: person.email, expiresAt, outstanding: owed.outstanding.map((row) => row.policyId), replacedLinks: Number(replaced.numUpdatedRows) },
    });
    return { token, expiresAt, person };
  });
}

async function usableLink(ctx: Context, token: string) {
  const link = await ctx.db.selectFrom('acknowledgement_links').selectAll().where('token_hash', '=', hashSecret(token)).executeTakeFirst();
  if (!link || link.used_at || link.expires_at <= ctx.now().toISOString()) throw invalidLink();
  return link;
}

/** What a link shows: whose it is, until when it works, and what they owe. */
export async function readAcknowledgementLink(ctx: Context, token: string): Promise<{ expiresAt: string; owed: PersonAcknowledgements }> {
  const link = await usableLink(ctx, token);
  return { expiresAt: link.expires_at, owed: await owedAcknowledgements(ctx, link.person_id) };
}

/**
 * Acknowledges several policies at once from a link and uses the link up: all of them are
 * recorded, or none is and the link still works; a second use fails.
 */
export async function acknowledgeWithLink(ctx: Context, token: string, items: { policyId: string; version: number; sha256: string }[]): Promise<Acknowledgement[]> {
  return inTransaction(ctx, async (tx) => {
    const link = await usableLink(tx, token);
    // Used up first: a second request with the same link waits here, then finds it used.
    const used = await tx.db.updateTable('acknowledgement_links').set({ used_at: tx.now().toISOString() }).where('token_hash', '=', link.token_hash).where('used_at', 'is', null).executeTakeFirst();
    if (Number(used.numUpdatedRows) !== 1) throw invalidLink();
    const recorded: Acknowledgement[] = [];
    for (const [i, item] of items.entries()) {
      try {
        recorded.push(await acknowledgePolicy(tx, { ...item, personId: link.person_id, via: 'link' }));
      } catch (error) {
        // A departed person is the link's problem; anything else is one item's.
        if (error instanceof AppError && error.where !== 'personId') throw new AppError(error.code, error.message, `acknowledgements.${i}.${error.where}`);
        throw error;
      }
    }
    return recorded;
  });
}
