import type { Context } from '../context.ts';
import { invalidInput } from '../errors.ts';
import type { PersonKind } from './person-kind.ts';

export type ChecklistKind = 'onboarding' | 'offboarding';
export type OnboardingPhase = 'before-day-one' | 'day-one' | 'first-weeks';
export type OffboardingPhase = 'access' | 'assets' | 'wrap-up';
/** What completing an item takes: a confirmation, a file (a signed NDA), or a link (a background check report). */
export type Proof = 'confirmation' | 'file' | 'link';
/** Who confirms it: an owner or admin, the person's manager, or the person themselves. */
export type Confirmer = 'admin' | 'manager' | 'person';

/**
 * One line of a checklist as a workspace writes it. Items that depend on the person (one account
 * per system, one return per asset, the policies that apply) are added when a checklist starts.
 */
export interface ItemSpec {
  key: string;
  phase: OnboardingPhase | OffboardingPhase;
  title: string;
  proof: Proof;
  confirmedBy: Confirmer;
}

const item = (key: string, phase: ItemSpec['phase'], title: string, proof: Proof = 'confirmation', confirmedBy: Confirmer = 'admin'): ItemSpec => ({ key, phase, title, proof, confirmedBy });

/** Items that complete themselves from other records: the person's acknowledgements. */
export const ACKNOWLEDGEMENT_ITEMS = { policies: 'policies-acknowledged', orientation: 'security-orientation' } as const;

export function isAcknowledgementItem(key: string): boolean {
  return key === ACKNOWLEDGEMENT_ITEMS.policies || key === ACKNOWLEDGEMENT_ITEMS.orientation;
}

const employeeOnboarding: ItemSpec[] = [
  item('background-check', 'before-day-one', 'Background check done, sized to the role (or why none is needed)', 'link'),
  item('offer-signed', 'before-day-one', 'Signed offer letter', 'file'),
  item('nda-signed', 'before-day-one', 'Signed NDA', 'file'),
  item(ACKNOWLEDGEMENT_ITEMS.policies, 'before-day-one', 'Security policies that apply acknowledged', 'confirmation', 'person'),
  item('assets-recorded', 'before-day-one', 'Assets assigned and recorded (laptop, hardware tokens, badges)'),
  item('mfa-enrolled', 'day-one', 'MFA enrolled on every account before it is used'),
  item(ACKNOWLEDGEMENT_ITEMS.orientation, 'day-one', 'Security orientation read and acknowledged', 'confirmation', 'person'),
  item('manager-confirms-access', 'first-weeks', 'Access matches the role', 'confirmation', 'manager'),
  item('has-what-they-need', 'first-weeks', 'Has what they need without sharing anyone’s credentials', 'confirmation', 'person'),
];

/** Contractors and other time-bounded people: a separate agreement, scope-limited and expiring access, separate groups. */
const boundedOnboarding: ItemSpec[] = [
  item('background-check', 'before-day-one', 'Background check where the engagement needs one (or why none is needed)', 'link'),
  item('agreement-signed', 'before-day-one', 'Signed contractor agreement stating the scope and the end date', 'file'),
  item('nda-signed', 'before-day-one', 'Signed NDA, to the same standard as employees', 'file'),
  item(ACKNOWLEDGEMENT_ITEMS.policies, 'before-day-one', 'Security policies that apply acknowledged', 'confirmation', 'person'),
  item('assets-recorded', 'before-day-one', 'Assets assigned and recorded, or none (own device)'),
  item('access-expires', 'day-one', 'Every account expires on the end date, or is on the offboarding list for it'),
  item('separate-groups', 'day-one', 'Accounts in contractor groups, separate from employees’ (SSO groups, teams)'),
  item('mfa-enrolled', 'day-one', 'MFA enrolled on every account before it is used'),
  item(ACKNOWLEDGEMENT_ITEMS.orientation, 'day-one', 'Security orientation read and acknowledged', 'confirmation', 'person'),
  item('manager-confirms-access', 'first-weeks', 'Access matches the scope of the engagement, nothing more', 'confirmation', 'manager'),
  item('has-what-they-need', 'first-weeks', 'Has what they need without sharing anyone’s credentials', 'confirmation', 'person'),
];

const offboarding: ItemSpec[] = [
  item('sso-disabled', 'access', 'SSO account disabled'),
  item('oauth-grants-revoked', 'access', 'OAuth grants and app passwords revoked'),
  item('mfa-backup-removed', 'access', 'MFA backup contacts, recovery phone and email removed'),
  item('shared-credentials-rotated', 'access', 'Every shared credential they touched rotated (or none)'),
  item('email-forwarding', 'wrap-up', 'Email forwarding: none, or set with an end date'),
];

/** The checklists Groundwork ships, per kind of checklist and kind of person. */
export function shippedTemplate(kind: ChecklistKind, personKind: PersonKind): ItemSpec[] {
  if (kind === 'offboarding') return offboarding;
  return personKind === 'contractor' || personKind === 'short-term' || personKind === 'freelancer' ? boundedOnboarding : employeeOnboarding;
}

export const templateId = (kind: ChecklistKind, personKind: PersonKind) => `${kind}:${personKind}`;

/** The workspace's own checklist for this kind of person if it wrote one, otherwise the shipped one. */
export async function checklistTemplate(ctx: Pick<Context, 'db'>, kind: ChecklistKind, personKind: PersonKind): Promise<{ items: ItemSpec[]; edited: boolean }> {
  const row = await ctx.db.selectFrom('checklist_templates').select('items').where('id', '=', templateId(kind, personKind)).executeTakeFirst();
  return row ? { items: JSON.parse(row.items) as ItemSpec[], edited: true } : { items: shippedTemplate(kind, personKind), edited: false };
}

const phases: Record<ChecklistKind, readonly string[]> = { onboarding: ['before-day-one', 'day-one', 'first-weeks'], offboarding: ['access', 'assets', 'wrap-up'] };
// Generated items ("account:github", "return:<asset>") have a colon, so a workspace's own keys never collide with them.
const KEY = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** Checks a workspace's edited checklist: each item where it belongs, its key unique, nothing generated. */
export function checkedTemplate(kind: ChecklistKind, items: (Omit<ItemSpec, 'phase'> & { phase: string })[]): ItemSpec[] {
  if (items.length === 0) throw invalidInput('a checklist needs at least one item', 'items');
  const seen = new Set<string>();
  return items.map((spec, index) => {
    const where = `items[${index}]`;
    if (!KEY.test(spec.key)) throw invalidInput(`the key "${spec.key}" must be lower-case letters, digits and dashes`, `${where}.key`);
    if (seen.has(spec.key)) throw invalidInput(`the key "${spec.key}" is used twice`, `${where}.key`);
    seen.add(spec.key);
    if (!phases[kind].includes(spec.phase)) throw invalidInput(`"${spec.phase}" is not a phase of ${kind} (${phases[kind].join(', ')})`, `${where}.phase`);
    const title = spec.title.trim();
    if (!title || title.length > 200) throw invalidInput('an item needs a title of at most 200 characters', `${where}.title`);
    return { key: spec.key, phase: spec.phase as ItemSpec['phase'], title, proof: spec.proof, confirmedBy: spec.confirmedBy };
  });
}
