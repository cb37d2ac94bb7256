import type { Check, OperationItem } from './control-status.ts';
import { type Moment, localDay, occurrencesAt, overdueAt, plural } from './moment.ts';
import { occurrenceItem } from './operation-items.ts';
import type { ReadinessData } from './readiness-data.ts';
import { inScopeSystems } from './review-checks.ts';
import { settingAt } from './setting-history.ts';

/** MFA required in Groundwork and on every in-scope system (as set at `at`), and no active account without it on their newest lists. */
export function mfaInPlace(data: ReadinessData, at: Moment): Check {
  const systems = inScopeSystems(data, at);
  const problems: string[] = [];
  if (!settingAt(data.mfaRequiredForAll, at.iso)) problems.push('Groundwork does not require a second factor of every user');
  const notEnforced = systems.filter((s) => !settingAt(s.mfaEnforced, at.iso));
  if (notEnforced.length) problems.push(`MFA not enforced on ${notEnforced.map((s) => s.name).join(', ')}`);
  const withoutMfa = systems.flatMap((s) => {
    const latest = data.snapshots.filter((snap) => snap.systemId === s.id && snap.importedAt < at.iso).at(-1);
    return latest && latest.withoutMfa > 0 ? [`${s.name} (${latest.withoutMfa})`] : [];
  });
  if (withoutMfa.length) problems.push(`active accounts without MFA on ${withoutMfa.join(', ')}`);
  if (problems.length) return { ok: false, summary: problems.join('; '), next: 'Turn on MFA for everyone (Settings → Security) and on each system named, then re-import their account lists.' };
  return { ok: true, summary: `MFA required in Groundwork and enforced on all ${plural(systems.length, 'in-scope system')}, with no active account without it` };
}

export function inventoryInPlace(data: ReadinessData, at: Moment): Check {
  const systems = data.systems.filter((s) => s.createdAt < at.iso && !(s.retiredAt && s.retiredAt < at.iso));
  if (systems.length === 0) return { ok: false, summary: 'the systems inventory is empty', next: 'List every system the company uses, with its owner, data class and scope (Systems → Add).' };
  return { ok: true, summary: `${plural(systems.length, 'system')} listed with owner and data class, ${inScopeSystems(data, at).length} in scope` };
}

export function assetsInPlace(data: ReadinessData, at: Moment): Check {
  const assets = data.assets.filter((a) => a.createdAt < at.iso);
  if (assets.length === 0) return { ok: false, summary: 'no asset is recorded', next: 'Record the company’s laptops and tokens, and who holds each (Assets → Add).' };
  return { ok: true, summary: `${plural(assets.length, 'asset')} recorded with who holds each` };
}

export function evidenceLogInPlace(data: ReadinessData, at: Moment): Check {
  if (data.beganAt >= at.iso) return { ok: false, summary: 'the evidence log holds no record yet', next: 'Record the first control activity: adopt and approve a policy (Policies).' };
  // A checkpoint signs the chain up to it, so one signed later still proves what came before.
  if (data.checkpoints.length === 0) return { ok: false, summary: 'the evidence log has no signed checkpoint yet', next: 'Sign a checkpoint (groundwork checkpoint); Groundwork signs one every few hundred events.' };
  const signed = data.checkpoints.filter((c) => c.signedAt < at.iso).length;
  return { ok: true, summary: `hash-chained since ${localDay(data.beganAt, data.timeZone)}; ${plural(data.checkpoints.length, 'signed checkpoint')} (${signed} by ${at.date}), the last at ${localDay(data.checkpoints.at(-1)!.signedAt, data.timeZone)}` };
}

/** The obligations whose id starts with a prefix: none overdue at `at`. */
export function obligationsInPlace(data: ReadinessData, idPrefix: string, at: Moment): Check {
  const loaded = [...data.obligations.values()].filter((o) => o.obligation.id.startsWith(idPrefix));
  if (loaded.length === 0) return { ok: true, summary: 'nothing has fallen due yet' };
  const overdue = loaded.flatMap((o) => overdueAt(o, at, data.timeZone).map((occurrence) => `${o.obligation.title} (due ${occurrence.dueOn})`));
  if (overdue.length) return { ok: false, summary: `overdue: ${overdue.slice(0, 3).join(', ')}${overdue.length > 3 ? ` and ${overdue.length - 3} more` : ''}`, next: 'Do what is overdue and record it (Calendar).' };
  return { ok: true, summary: `${plural(loaded.length, 'obligation')}, none overdue` };
}

export function obligationItems(data: ReadinessData, idPrefix: string, from: string, to: string, now: Date): OperationItem[] {
  return [...data.obligations.values()]
    .filter((o) => o.obligation.id.startsWith(idPrefix))
    .flatMap((o) => occurrencesAt(o, from, to, now, data.timeZone).flatMap((occurrence) => occurrenceItem(occurrence, o.obligation.title)));
}
