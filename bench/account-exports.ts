/**
 * Account exports made up for the benchmarks: a directory's people, and each system's accounts
 * as the plain CSV writes them and as the import should normalise them, the same every run.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { AccountRecord } from '../src/accounts/account-record.ts';

/** When every system's list was taken; activity and credential ages are measured back from it. */
export const AS_OF = new Date('2026-11-01T00:00:00Z');
const DAY_MS = 86_400_000;
const header = 'external_id,email,user_name,display_name,roles,privileged,mfa,last_activity,created,status,kind,credential_rotated';
const firstNames = ['maya', 'lee', 'sam', 'diego', 'nina', 'priya', 'tom', 'aiko', 'omar', 'grace', 'ivan', 'zoe', 'kwame', 'lucia', 'finn', 'mei'];
const lastNames = ['chen', 'park', 'okafor', 'alvarez', 'brooks', 'shah', 'muller', 'tanaka', 'haddad', 'obi', 'petrov', 'moreau', 'mensah', 'rossi', 'walsh', 'wong', 'silva'];

const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);
const personName = (p: number) => [firstNames[p % firstNames.length]!, lastNames[Math.floor(p / firstNames.length) % lastNames.length]!];
/** As the directory writes it: "Maya Chen". */
export const personFullName = (p: number) => personName(p).map(capital).join(' ');
export const personEmail = (p: number) => `${personName(p).join('.')}${p}@brightline.example`;
/** Every third person also signs in with an address from before the rebrand. */
export const personAlias = (p: number) => (p % 3 === 0 ? `${personName(p).join('')}${p}@legacy-brightline.example` : null);
const fileName = (s: number) => `system-${String(s + 1).padStart(3, '0')}-users.csv`;

/** 0–999, the same for the same arguments: the dice each account's traits are drawn from. */
function dice(s: number, i: number, k: number): number {
  let h = Math.imul(s + 1, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b) ^ Math.imul(k + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return ((h ^ (h >>> 16)) >>> 0) % 1000;
}

const instant = (daysBefore: number, s: number, i: number) => new Date(AS_OF.getTime() - daysBefore * DAY_MS - dice(s, i, 9) * 60_000).toISOString();

/**
 * Account i of system s as the import should normalise it. Most belong to a person by their work
 * email (a tenth written in another case), some by a legacy alias; the rest are orphans, service
 * accounts and bots, and shared logins. Some are admins, some lack MFA, some are long idle or
 * never used, a few suspended, deprovisioned or invited.
 */
export function accountOf(s: number, i: number, people: number): AccountRecord {
  const who = dice(s, i, 0);
  // For i below `people`, i ↦ 7i + 131s mod people is one-to-one (7 is prime to the sizes used): one everyday account per person and system.
  let p = (7 * i + 131 * s) % people;
  let kind: AccountRecord['kind'] = 'human';
  let email: string | null = personEmail(p);
  let userName: string | null = personName(p).join('.');
  let displayName: string | null = personFullName(p);
  if (who < 30) {
    kind = 'service';
    email = null;
    userName = `svc-deploy-${s}-${i}`;
    displayName = `Deploy service ${i}`;
  } else if (who < 40) {
    kind = 'bot';
    email = null;
    userName = `bot-${i}`;
    displayName = null;
  } else if (who < 50) {
    kind = 'shared';
    email = `ops-${s}-${i}@brightline.example`;
    userName = `ops-${i}`;
    displayName = 'Operations, shared login';
  } else if (who < 90) {
    email = `former-${s}-${i}@brightline.example`;
    userName = `former-${i}`;
    displayName = `Former staff ${i}`;
  } else if (who < 140) {
    p -= p % 3;
    email = personAlias(p);
    userName = personName(p).join('');
  }
  const privileged = dice(s, i, 1) < 40;
  const mfaDie = dice(s, i, 2);
  const activityDie = dice(s, i, 3);
  const statusDie = dice(s, i, 4);
  const keyed = kind === 'service' || kind === 'bot' || dice(s, i, 5) < 150;
  return {
    externalId: `u-${s}-${i}`,
    email,
    userName,
    displayName,
    roles: privileged ? (who % 2 ? ['Admin'] : ['Owner', 'Billing']) : who % 3 ? ['Member'] : ['Member', 'Reporting'],
    privileged,
    privilegeReason: privileged ? 'privileged column' : null,
    mfa: kind === 'service' || kind === 'bot' || mfaDie < 40 ? null : mfaDie >= 120,
    lastActivityAt: activityDie < 20 ? null : instant(activityDie < 170 ? 91 + (activityDie % 600) : activityDie % 89, s, i),
    lastActivityKnown: true,
    createdAt: `${new Date(AS_OF.getTime() - (100 + dice(s, i, 6)) * DAY_MS).toISOString().slice(0, 10)}T00:00:00.000Z`,
    status: statusDie < 30 ? 'suspended' : statusDie < 40 ? 'deprovisioned' : statusDie < 50 ? 'invited' : 'active',
    kind,
    credentialRotatedAt: keyed ? instant(dice(s, i, 7) % 400, s, i) : null,
    oauthGrants: null,
    source: { file: fileName(s), line: i + 2 },
  };
}

/** The CSV line an export writes for an account: quoted where a cell holds a comma, emails as typed. */
function csvLine(account: AccountRecord, s: number, i: number): string {
  const cell = (text: string | null) => (text === null ? '' : /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  const typed = account.email && dice(s, i, 8) < 100 ? account.email.replace(/^[a-z]/, (c) => c.toUpperCase()) : account.email;
  return [
    account.externalId, cell(typed), cell(account.userName), cell(account.displayName), account.roles.join(';'), account.privileged ? 'true' : dice(s, i, 8) < 500 ? 'false' : '',
    account.mfa === null ? '' : String(account.mfa), account.lastActivityAt?.replace('.000Z', 'Z') ?? '', account.createdAt!.slice(0, 10),
    account.status, account.kind === 'human' && dice(s, i, 8) < 500 ? '' : account.kind, account.credentialRotatedAt ?? '',
  ].join(',');
}

/** Writes system s's export of `count` accounts to a file of `dir`, 1,000 lines at a time; returns its path. */
export function writeExport(dir: string, s: number, count: number, people: number): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, fileName(s));
  const fd = openSync(file, 'w');
  writeSync(fd, `${header}\n`);
  for (let start = 0; start < count; start += 1000) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(count, start + 1000); i++) lines.push(`${csvLine(accountOf(s, i, people), s, i)}\n`);
    writeSync(fd, lines.join(''));
  }
  closeSync(fd);
  return file;
}
