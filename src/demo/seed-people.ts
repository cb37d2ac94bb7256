import { Temporal } from 'temporal-polyfill';
import { addAsset } from '../assets/add-asset.ts';
import { assignAsset } from '../assets/assign-asset.ts';
import type { Actor, Context } from '../context.ts';
import { addPerson } from '../people/add-person.ts';
import { loadChecklists } from '../people/checklist.ts';
import { completeItem, outcomesOf } from '../people/complete-item.ts';
import type { PersonInput } from '../people/person-input.ts';
import { startOffboarding } from '../people/start-offboarding.ts';
import { startOnboarding } from '../people/start-onboarding.ts';
import { onLocalDate } from './calendar.ts';

type At = (actor: Actor, date: Temporal.PlainDate, hour: number) => Context | undefined;

/** Someone who joined (and perhaps left) Brightline, with the story the evidence tells. */
interface Hire extends PersonInput {
  /** Days before the start date they entered the directory. */
  addedBefore: number;
  systems?: { system: string; role?: string }[];
  laptop?: string;
  /** Items done earlier (negative) or later than the usual day, in days. */
  shift?: Record<string, number>;
  /** Items still open today (a hire who has not started). */
  open?: string[];
}

export interface Leaving {
  email: string;
  on: Temporal.PlainDate;
  reason: 'voluntary' | 'involuntary' | 'contract-end';
  /** Local hour access ends; involuntary: the conversation is an hour later. */
  hour: number;
  /** Accounts from before Groundwork, for people it did not onboard. */
  accounts?: string[];
  /** Revocations done after the day (days late) or after the conversation (minutes late). */
  lateDays?: Record<string, number>;
  afterConversation?: string[];
}

/** Accounts with each system's default, least-privilege role unless one is named ("github:member"). */
const systems = (...ids: string[]) => ids.map((id) => ({ system: id.split(':')[0]!, role: id.split(':')[1] }));

const pdf = (what: string) => new TextEncoder().encode(`%PDF-1.4\n% ${what}, signed electronically\n%%EOF\n`);

/**
 * Brightline's people over the two quarters: the founders and early staff who predate Groundwork,
 * then every hire since with a complete onboarding (one NDA signed on day one: late), a scoped
 * contractor, an intern whose engagement ended on its date, a contractor offboarded a day late, a
 * voluntary leaver, an involuntary termination with one revocation after the conversation, a design
 * contractor whose end date is ten days away, and a new hire who starts next week. Returns the
 * leavers to offboard once everyone has acknowledged their policies (acknowledgements come first:
 * a person who is offboarding acknowledges nothing).
 */
export async function seedPeople(at: At, who: { cto: Actor; engineer: Actor }, dates: { start: Temporal.PlainDate; today: Temporal.PlainDate }): Promise<{ people: number; leaving: Leaving[] }> {
  const { start, today } = dates;
  const founding = at(who.cto, start, 9)!;
  const staff: PersonInput[] = [
    { name: 'Maya Chen', email: 'maya.chen@brightline.example', kind: 'employee', title: 'CTO and co-founder', department: 'Engineering', startOn: start.subtract({ days: 790 }).toString() },
    { name: 'Sam Okafor', email: 'sam.okafor@brightline.example', kind: 'employee', title: 'Senior Engineer', department: 'Engineering', manager: 'maya.chen@brightline.example', startOn: start.subtract({ days: 500 }).toString() },
    { name: 'Dana Whitfield', email: 'dana.whitfield@brightline.example', kind: 'employee', title: 'Head of Customer Success', department: 'Customer Success', manager: 'maya.chen@brightline.example', startOn: start.subtract({ days: 300 }).toString() },
    { name: 'Tom Becker', email: 'tom.becker@brightline.example', kind: 'employee', title: 'Account Executive', department: 'Sales', manager: 'dana.whitfield@brightline.example', startOn: start.subtract({ days: 200 }).toString() },
  ];
  for (const person of staff) await addPerson(founding, person);
  // Laptops and YubiKeys handed out before Groundwork, recorded on its first day; spares on the shelf.
  for (const [index, person] of staff.entries()) {
    for (const [kind, tag, description] of [['laptop', `BL-LAP-00${index + 1}`, 'MacBook Pro 14, M3 Pro'], ['hardware-token', `YK-5C-00${index + 1}`, 'YubiKey 5C NFC']] as const) {
      await addAsset(founding, { kind, tag, description });
      await assignAsset(founding, { tag, person: person.email });
    }
  }

  const q1 = start.add({ months: 3 });
  const hires: Hire[] = [
    { name: 'Ravi Shah', email: 'ravi@shah-consulting.example', kind: 'contractor', title: 'Backend contractor', department: 'Engineering', manager: 'sam.okafor@brightline.example', startOn: start.add({ days: 13 }).toString(), endOn: q1.add({ days: 75 }).toString(), addedBefore: 6, systems: [{ system: 'github', role: 'member' }, { system: 'aws', role: 'ReadOnlyAccess' }, { system: 'slack', role: 'single-channel guest' }] },
    { name: 'Leo Park', email: 'leo.park@brightline.example', kind: 'employee', title: 'Data Engineer', department: 'Engineering', manager: 'sam.okafor@brightline.example', startOn: start.add({ days: 20 }).toString(), addedBefore: 14, laptop: 'BL-LAP-005', systems: systems('github:member', 'google-workspace', 'slack', '1password', 'aws', 'postgres-production', 'datadog', 'linear', 'groundwork') },
    { name: 'Chris Lang', email: 'chris.lang@brightline.example', kind: 'employee', title: 'Sales Development Rep', department: 'Sales', manager: 'dana.whitfield@brightline.example', startOn: start.add({ days: 33 }).toString(), addedBefore: 10, laptop: 'BL-LAP-006', shift: { 'nda-signed': 4 }, systems: systems('google-workspace', 'slack', '1password', 'hubspot', 'linear') },
    { name: 'Ellie Moore', email: 'ellie.moore@brightline.example', kind: 'intern', title: 'Analytics intern', department: 'Engineering', manager: 'sam.okafor@brightline.example', startOn: start.add({ days: 69 }).toString(), endOn: start.add({ days: 135 }).toString(), addedBefore: 21, laptop: 'BL-LAP-007', systems: systems('google-workspace', 'slack', 'github', 'postgres-production') },
    { name: 'Priya Raman', email: 'priya.raman@studio-raman.example', kind: 'contractor', title: 'Product design contractor', manager: 'maya.chen@brightline.example', startOn: q1.add({ days: 30 }).toString(), endOn: today.add({ days: 10 }).toString(), addedBefore: 5, systems: [{ system: 'figma', role: 'editor' }, { system: 'slack', role: 'single-channel guest' }, { system: 'linear', role: 'member' }] },
    { name: 'Nina Brooks', email: 'nina.brooks@brightline.example', kind: 'employee', title: 'Data Analyst', department: 'Engineering', manager: 'sam.okafor@brightline.example', startOn: today.add({ days: 5 }).toString(), addedBefore: 12, laptop: 'BL-LAP-008', systems: systems('google-workspace', 'slack', '1password', 'postgres-production', 'linear', 'groundwork'), shift: { 'offer-signed': -6, 'nda-signed': -5 }, open: ['day-one', 'first-weeks', 'assets-recorded', 'background-check'] },
  ];
  for (const hire of hires) await onboard(at, who, hire, today);

  const leaving: Leaving[] = [
    { email: 'tom.becker@brightline.example', on: start.add({ days: 137 }), reason: 'voluntary', hour: 17, accounts: ['google-workspace', 'slack', '1password', 'hubspot', 'linear'] },
    { email: 'ellie.moore@brightline.example', on: start.add({ days: 135 }), reason: 'contract-end', hour: 17 },
    { email: 'ravi@shah-consulting.example', on: q1.add({ days: 75 }), reason: 'contract-end', hour: 18, lateDays: { 'revoke:aws': 1 } },
    { email: 'chris.lang@brightline.example', on: q1.add({ days: 112 }), reason: 'involuntary', hour: 9, afterConversation: ['revoke:hubspot'] },
  ];
  return { people: staff.length + hires.length, leaving };
}

async function onboard(at: At, who: { cto: Actor; engineer: Actor }, hire: Hire, today: Temporal.PlainDate): Promise<void> {
  const startOn = Temporal.PlainDate.from(hire.startOn);
  const adding = at(who.cto, startOn.subtract({ days: hire.addedBefore }), 10)!;
  await addPerson(adding, hire);
  const started = await startOnboarding(at(who.engineer, startOn.subtract({ days: hire.addedBefore }), 11)!, { person: hire.email, systems: hire.systems });
  if (hire.laptop) {
    const handing = at(who.engineer, startOn.subtract({ days: 2 }), 15);
    if (handing) {
      await addAsset(handing, { kind: 'laptop', tag: hire.laptop, description: 'MacBook Air 13, M3' });
      await assignAsset(handing, { tag: hire.laptop, person: hire.email });
    }
  }
  const usualDay = { 'before-day-one': startOn.subtract({ days: 3 }), 'day-one': startOn, 'first-weeks': startOn.add({ days: 7 }) } as Record<string, Temporal.PlainDate>;
  for (const item of started.items) {
    // The acknowledgement items complete themselves when the person acknowledges.
    if (item.confirmedBy === 'person' && item.key !== 'has-what-they-need') continue;
    if (hire.open?.includes(item.phase) || hire.open?.includes(item.key)) continue;
    const day = usualDay[item.phase]!.add({ days: hire.shift?.[item.key] ?? 0 });
    const actor = item.confirmedBy === 'manager' || item.confirmedBy === 'person' ? { type: 'user', id: item.confirmedBy === 'person' ? hire.email : hire.manager! } as const : who.engineer;
    const doing = at(actor, day, item.phase === 'day-one' ? 10 : 14);
    if (!doing || Temporal.PlainDate.compare(day, today) > 0) continue;
    await completeItem(doing, {
      checklistId: started.id,
      key: item.key,
      file: item.proof === 'file' ? { name: `${item.key.replace('-signed', '')}-${hire.email.split('@')[0]}.pdf`, bytes: pdf(item.title) } : undefined,
      link: item.proof === 'link' ? `https://checkr.example/reports/${hire.email.split('@')[0]}` : undefined,
      note: item.key === 'assets-recorded' && !hire.laptop ? 'own device, managed by the contractor' : undefined,
    });
  }
}

/** Offboards the leavers on their days: access first (each account granted is revoked, the rest have none), then assets and wrap-up. */
export async function offboardLeavers(at: At, who: { cto: Actor; engineer: Actor }, leaving: Leaving[], timeZone: string): Promise<void> {
  for (const leaver of leaving) {
    const terminatesAt = onLocalDate(leaver.on, leaver.hour, timeZone);
    const conversationAt = leaver.reason === 'involuntary' ? new Date(terminatesAt.getTime() + 60 * 60_000) : undefined;
    const starting = at(who.cto, leaver.on, leaver.hour - 1)!;
    const checklist = await startOffboarding(starting, { person: leaver.email, terminatesAt, reason: leaver.reason, conversationAt });
    const onboarding = (await loadChecklists(starting, { engagementIds: [checklist.engagement.id] })).find((c) => c.kind === 'onboarding');
    const granted = new Set([...(leaver.accounts ?? []), ...(onboarding?.items ?? []).filter((i) => i.system && i.outcome === 'created').map((i) => i.system!.id)]);
    const planned = checklist.items.map((item) => {
      const days = leaver.lateDays?.[item.key] ?? (item.phase === 'access' ? 0 : 2);
      const minutes = leaver.afterConversation?.includes(item.key) ? 85 : item.phase === 'access' ? 10 : 0;
      return { item, days, effectiveAt: new Date(onLocalDate(leaver.on.add({ days }), leaver.hour, timeZone).getTime() + minutes * 60_000) };
    });
    // In the order the work was done, as it would have been recorded.
    for (const { item, days, effectiveAt } of planned.sort((a, b) => a.effectiveAt.getTime() - b.effectiveAt.getTime())) {
      const doing = at(who.engineer, leaver.on.add({ days }), leaver.hour + 2);
      if (!doing) continue;
      const outcome = item.system ? (granted.has(item.system.id) ? 'revoked' : 'no-account') : outcomesOf(item)[0];
      await completeItem(doing, { checklistId: checklist.id, key: item.key, effectiveAt, outcome });
    }
  }
}
