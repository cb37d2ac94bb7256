import { createHash } from 'node:crypto';
import { Temporal } from 'temporal-polyfill';
import type { Actor, Context } from '../context.ts';
import type { Person } from '../people/person.ts';
import { acknowledgePolicy } from '../policies/acknowledge-policy.ts';
import { acknowledgeWithLink, createAcknowledgementLink } from '../policies/acknowledgement-links.ts';
import { acknowledgementMatrix, type PublishedVersion, versionsInForce } from '../policies/acknowledgements.ts';
import { listPolicies, loadPolicy } from '../policies/policy.ts';
import { localDateOf } from '../time/local-date.ts';
import { getWorkspace } from '../workspace/get-workspace.ts';

type At = (actor: Actor, date: Temporal.PlainDate, hour: number) => Context | undefined;

/** A policy in force and every version of it published, oldest first. */
interface Published {
  id: string;
  appliesTo: string[];
  history: PublishedVersion[];
}

interface Planned {
  person: Person;
  policyId: string;
  on: Temporal.PlainDate;
  hour: number;
}

/** A small number from a name, so that the same company gets the same history on every run. */
const spread = (key: string, range: number) => createHash('sha256').update(key).digest()[0]! % range;

/**
 * People read and acknowledge the policies in force on realistic dates: one to three days after
 * each material publication, or after joining (a few days before the start date for a new hire).
 * People with a Groundwork login acknowledge signed in; the others from a link the admin sends
 * that morning. The newest person has not got to their last two yet. `people` are the directory's,
 * each added on a realistic date: nobody acknowledges before they are in the directory. Returns
 * what was recorded and how many (person, policy) pairs are outstanding today.
 */
export async function seedAcknowledgements(ctx: Context, at: At, input: { people: Person[]; admin: Actor }): Promise<{ acknowledgements: number; links: number; outstanding: number }> {
  const { timeZone } = await getWorkspace(ctx);
  const users = new Set((await ctx.db.selectFrom('users').select('email').execute()).map((u) => u.email));
  const policies: Published[] = [];
  for (const policy of await listPolicies(ctx)) {
    if (policy.kind === 'procedure' || policy.retiredAt || !policy.published) continue;
    const history = (await loadPolicy(ctx, policy.id)).versions
      .filter((v) => v.publishedAt)
      .map((v) => ({ version: v.version, sha256: v.sha256, publishedAt: v.publishedAt!, material: v.material === true }));
    policies.push({ id: policy.id, appliesTo: policy.appliesTo, history });
  }

  const here = input.people.filter((p) => p.current.status === 'pre-hire' || p.current.status === 'active');
  const plan: Planned[] = [];
  for (const person of here) {
    const joined = Temporal.PlainDate.from(person.current.startOn).subtract({ days: 3 });
    const added = localDateOf(new Date(person.createdAt), timeZone).add({ days: 1 });
    for (const policy of policies.filter((p) => p.appliesTo.includes(person.current.kind))) {
      const material = policy.history.filter((v) => v.material);
      for (const [i, version] of material.entries()) {
        const key = `${person.email}:${policy.id}:${version.version}`;
        // From the day after: a publication or an addition to the directory may come late in the day.
        const earliest = [localDateOf(new Date(version.publishedAt), timeZone).add({ days: 1 }), joined, added].sort(Temporal.PlainDate.compare).at(-1)!;
        const on = earliest.add({ days: spread(key, 3) });
        const next = material[i + 1];
        if (next && Temporal.PlainDate.compare(on, localDateOf(new Date(next.publishedAt), timeZone)) >= 0) continue;
        plan.push({ person, policyId: policy.id, on, hour: 9 + spread(`${key}:hour`, 8) });
      }
    }
  }
  const newest = here.toSorted((a, b) => Temporal.PlainDate.compare(a.current.startOn, b.current.startOn)).at(-1);
  const ordered = plan.toSorted((a, b) => Temporal.PlainDate.compare(a.on, b.on) || a.hour - b.hour);
  const skipped = new Set(ordered.filter((p) => p.person === newest).slice(-2));

  let acknowledgements = 0;
  let links = 0;
  const visitor: Actor = { type: 'anonymous', id: '203.0.113.24' };
  const viaLink = Map.groupBy(
    ordered.filter((p) => !skipped.has(p) && !loginOf(p.person, users)),
    (p) => `${p.person.id}:${p.on}`,
  );
  for (const item of ordered) {
    if (skipped.has(item)) continue;
    const login = loginOf(item.person, users);
    if (login) {
      const signedIn = at({ type: 'user', id: login }, item.on, item.hour);
      if (!signedIn) continue;
      await acknowledgePolicy(signedIn, { personId: item.person.id, policyId: item.policyId, ...inForce(policies, item.policyId, signedIn), via: 'session' });
      acknowledgements++;
      continue;
    }
    // A person without a login acknowledges a day's policies at once, in the evening, from the link sent that morning.
    const day = viaLink.get(`${item.person.id}:${item.on}`);
    if (day?.[0] !== item) continue;
    // Each `at` moves the demo's one clock: a context is used before the next is made.
    const sending = at(input.admin, item.on, 9);
    if (!sending) continue;
    const { token } = await createAcknowledgementLink(sending, { person: item.person.id });
    links++;
    const opened = at(visitor, item.on, 20);
    if (!opened) continue;
    acknowledgements += (await acknowledgeWithLink(opened, token, day.map((p) => ({ policyId: p.policyId, ...inForce(policies, p.policyId, opened) })))).length;
  }
  return { acknowledgements, links, outstanding: (await acknowledgementMatrix(ctx, { outstanding: true })).length };
}

/** The address the person signs in to Groundwork with, if they have a login. */
function loginOf(person: Person, users: Set<string>): string | undefined {
  return [person.email, ...person.aliases].find((address) => users.has(address));
}

/** The version in force when the person reads it, and its fingerprint. */
function inForce(policies: Published[], policyId: string, ctx: Context): { version: number; sha256: string } {
  const { inForce } = versionsInForce(policies.find((p) => p.id === policyId)!.history, ctx.now().toISOString())!;
  return { version: inForce.version, sha256: inForce.sha256 };
}
