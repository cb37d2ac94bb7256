import { Temporal } from 'temporal-polyfill';
import type { SourceFile } from '../accounts/account-record.ts';
import { importGroundworkUsers } from '../accounts/groundwork-accounts.ts';
import { importAccounts } from '../accounts/import-accounts.ts';
import { textSource } from '../accounts/source-file.ts';
import { GROUNDWORK_SYSTEM_ID } from '../systems/groundwork-system.ts';
import type { Actor, Context } from '../context.ts';
import type { Person } from '../people/person.ts';
import { closeReview } from '../reviews/close-review.ts';
import { decideAccounts } from '../reviews/decide-accounts.ts';
import { recordException, signOffSystem } from '../reviews/finish-system.ts';
import { loadReview } from '../reviews/review.ts';
import { startReview } from '../reviews/start-review.ts';

type At = (actor: Actor, date: Temporal.PlainDate, hour: number) => Context | undefined;

/** Who holds an account where: "aws:AdministratorAccess!" is a privileged role on AWS. */
const holdings: Record<string, string[]> = {
  'maya.chen': ['aws:AdministratorAccess!', 'github:owner!', 'google-workspace:super admin!', 'slack:owner!', '1password:owner!', 'stripe:administrator!', 'hubspot:super admin!', 'gusto:full admin!', 'postgres-production:analytics_readonly', 'linear:admin!', 'datadog:Datadog Read Only Role'],
  'sam.okafor': ['aws:AdministratorAccess!', 'github:owner!', 'google-workspace:user', 'slack:member', '1password:member', 'postgres-production:rds_superuser!', 'postgres-production:analytics_readonly', 'datadog:Datadog Admin Role!', 'linear:admin!', 'stripe:developer'],
  'dana.whitfield': ['google-workspace:user', 'slack:member', '1password:member', 'hubspot:super admin!', 'linear:member', 'stripe:view only'],
  'tom.becker': ['google-workspace:user', 'slack:member', '1password:member', 'hubspot:sales', 'linear:member'],
  'leo.park': ['github:member', 'google-workspace:user', 'slack:member', '1password:member', 'aws:ReadOnlyAccess', 'postgres-production:analytics_readonly', 'datadog:Datadog Read Only Role', 'linear:member'],
  'chris.lang': ['google-workspace:user', 'slack:member', '1password:member', 'hubspot:sales', 'linear:member'],
  'ellie.moore': ['google-workspace:user', 'slack:member', 'github:member', 'postgres-production:analytics_readonly'],
  ravi: ['github:member', 'aws:ReadOnlyAccess', 'slack:single-channel guest'],
  'priya.raman': ['slack:single-channel guest', 'linear:member'],
};

/** Accounts that are nobody's: the root user, a CI key, bots, a shared sales login. */
const machines: Record<string, { id: string; name: string; kind: string; roles: string; privileged?: boolean; rotated?: number }[]> = {
  'postgres-production': [{ id: 'app_service', name: 'Application service role', kind: 'service', roles: 'app_readwrite' }],
  github: [{ id: 'brightline-ci[bot]', name: 'Brightline CI', kind: 'bot', roles: 'member' }],
  hubspot: [{ id: 'sales@brightline.example', name: 'Sales team login', kind: 'shared', roles: 'sales' }],
  datadog: [{ id: 'terraform', name: 'Terraform API key', kind: 'service', roles: 'Datadog Admin Role', privileged: true, rotated: 40 }],
};

/** Why the reviewers kept the flagged accounts they kept, by system. */
const flaggedKeep: Record<string, string> = {
  groundwork: 'the team’s own accounts; each sets up an authenticator app at first sign-in',
  aws: 'root: hardware MFA key in the office safe, no access keys, used only for billing',
  'postgres-production': 'database logins are reachable only through the VPN, which requires MFA',
  hubspot: 'admin by role; the shared sales login goes when HubSpot moves to SSO',
  datadog: 'Terraform’s API key, rotated with every release',
};

/** The systems with a quarterly review: every one in scope. */
const reviewed = ['groundwork', 'aws', 'postgres-production', 'github', 'google-workspace', 'slack', '1password', 'stripe', 'datadog', 'linear', 'hubspot', 'gusto'];

const iso = (date: Temporal.PlainDate, hour = 9) => `${date.toString()}T${String(hour).padStart(2, '0')}:00:00Z`;

interface Holder {
  person: Person;
  login: string;
  roles: string[];
  privileged: boolean;
}

/**
 * Brightline's quarterly access reviews, as real campaigns on the account lists the systems
 * exported: the last two quarters reviewed and closed (GitHub missed last quarter, as the story
 * goes), an intern's database account the offboarding missed caught and revoked, an unused CI
 * key removed, an exception for the shared sales login, and this quarter's review under way.
 */
export async function seedAccessReviews(
  at: At,
  who: { cto: Actor; engineer: Actor },
  people: Person[],
  quarters: { q1: Temporal.PlainDate; q2: Temporal.PlainDate; today: Temporal.PlainDate },
  leavers: { leftOn: ReadonlyMap<string, Temporal.PlainDate>; offboardBefore(date: Temporal.PlainDate): Promise<void> },
): Promise<{ snapshots: number; reviews: number }> {
  let snapshots = 0;
  // Accounts revoked in a review stay gone from every later list.
  const gone = new Set<string>();
  const lists = async (date: Temporal.PlainDate, systems: string[], leftovers: string[] = [], revoked: string[] = []) => {
    for (const id of revoked) gone.add(id);
    for (const system of systems) {
      const ctx = at(who.engineer, date, 8);
      if (!ctx) continue;
      if (system === GROUNDWORK_SYSTEM_ID) {
        await importGroundworkUsers(ctx);
        snapshots++;
        continue;
      }
      const holders = holdersOn(people, leavers.leftOn, system, date, leftovers);
      await importAccounts(ctx, { systemId: system, files: [exportOf(system, holders, date, gone)], asOf: new Date(iso(date, 7)) });
      snapshots++;
    }
  };
  const campaign = async (
    startOn: Temporal.PlainDate,
    systems: string[],
    work: { revoke?: Record<string, string[]>; why?: Record<string, string>; except?: Record<string, [string, string]>; closeOn: Temporal.PlainDate; leftovers?: string[] },
  ) => {
    await leavers.offboardBefore(startOn);
    await lists(startOn, systems, work.leftovers);
    const review = await startReview(at(who.cto, startOn, 9)!, { systems });
    for (const system of review.systems) {
      const deciding = at({ type: 'user', id: system.reviewer }, startOn.add({ days: 1 }), 10)!;
      const revoked = work.revoke?.[system.systemId] ?? [];
      if (revoked.length > 0) await decideAccounts(deciding, { reviewId: review.id, systemId: system.systemId, decision: 'revoke', reason: work.why?.[system.systemId] ?? 'no longer needed', accounts: { ids: revoked } });
      await decideAccounts(deciding, { reviewId: review.id, systemId: system.systemId, decision: 'keep', accounts: { undecided: true, unflagged: true } });
      await decideAccounts(deciding, { reviewId: review.id, systemId: system.systemId, decision: 'keep', reason: flaggedKeep[system.systemId] ?? 'admin by role; MFA on; used this quarter', accounts: { undecided: true } });
      const other = system.reviewer === who.cto.id ? who.engineer : who.cto;
      await decideAccounts(at(other, startOn.add({ days: 1 }), 11)!, { reviewId: review.id, systemId: system.systemId, decision: 'keep', reason: 'admin by role; reviewed by another admin', accounts: { undecided: true } });
    }
    const afterOn = startOn.add({ days: 2 });
    await lists(afterOn, systems.filter((s) => work.revoke?.[s]), [], Object.values(work.revoke ?? {}).flat());
    for (const system of review.systems) {
      const exception = work.except?.[system.systemId];
      const signing = at({ type: 'user', id: system.reviewer }, afterOn, 15)!;
      if (exception) await recordException(signing, { reviewId: review.id, systemId: system.systemId, externalId: exception[0], reason: exception[1] });
      await signOffSystem(signing, { reviewId: review.id, systemId: system.systemId });
    }
    return closeReview(at(who.cto, work.closeOn, 16)!, { reviewId: review.id });
  };

  // Last-but-one quarter: everything reviewed a week before the quarter's end.
  await campaign(quarters.q1.subtract({ days: 7 }), reviewed, {
    revoke: { aws: ['arn:aws:iam::210987654321:user/ci-deploy'] },
    why: { aws: 'CI deploys through OIDC roles now; this key has never been used' },
    closeOn: quarters.q1.subtract({ days: 3 }),
  });
  // Last quarter: GitHub was left out and missed; the review found the intern's database account still there.
  await campaign(quarters.q2.subtract({ days: 8 }), reviewed.filter((s) => s !== 'github'), {
    leftovers: ['ellie.moore:postgres-production'],
    revoke: { 'postgres-production': ['ellie.moore'], hubspot: ['sales@brightline.example'] },
    why: { 'postgres-production': 'internship ended; the offboarding missed this database login', hubspot: 'shared logins are against the Access Control Policy' },
    except: { hubspot: ['sales@brightline.example', 'HubSpot seats are per login; the shared login goes when the CRM moves to SSO in January (ticket OPS-112)'] },
    closeOn: quarters.q2.subtract({ days: 2 }),
  });
  // This quarter: under way for the three systems that matter most.
  const now = quarters.today.subtract({ days: 2 });
  await leavers.offboardBefore(now);
  await lists(now, ['aws', 'github', 'google-workspace']);
  const open = await startReview(at(who.cto, now, 9)!, { systems: ['aws', 'github', 'google-workspace'] });
  const aws = open.systems.find((s) => s.systemId === 'aws')!;
  await decideAccounts(at({ type: 'user', id: aws.reviewer }, now.add({ days: 1 }), 10)!, { reviewId: open.id, systemId: 'aws', decision: 'keep', reason: 'access matches the role', accounts: { undecided: true } });
  await loadReview(at(who.cto, quarters.today, 8)!, open.id);
  return { snapshots, reviews: 3 };
}

function holdersOn(people: Person[], leftOn: ReadonlyMap<string, Temporal.PlainDate>, system: string, date: Temporal.PlainDate, leftovers: string[]): Holder[] {
  const holders: Holder[] = [];
  for (const person of people) {
    const login = person.email.split('@')[0]!;
    const roles = (holdings[login] ?? []).filter((h) => h.startsWith(`${system}:`)).map((h) => h.slice(system.length + 1));
    if (roles.length === 0) continue;
    const started = Temporal.PlainDate.compare(Temporal.PlainDate.from(person.current.startOn), date) <= 0;
    const leaving = leftOn.get(person.email);
    const left = leaving !== undefined && Temporal.PlainDate.compare(leaving, date) <= 0;
    if (!started || (left && !leftovers.includes(`${login}:${system}`))) continue;
    // Two roles on one system are two accounts: an admin login beside the everyday one.
    for (const [i, role] of roles.entries()) {
      holders.push({ person, login: i === 0 ? login : `${login}-admin`, roles: [role.replace('!', '')], privileged: role.endsWith('!') });
    }
  }
  return holders;
}

/** The system's export as of `date`; accounts `revoked` since the last one are gone from it. */
function exportOf(system: string, holders: Holder[], date: Temporal.PlainDate, revoked: ReadonlySet<string>): SourceFile {
  const lastUse = (i: number) => iso(date.subtract({ days: 1 + (i % 5) }), 14);
  if (system === 'aws') {
    const header = 'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';
    const arn = (name: string) => `arn:aws:iam::210987654321:user/${name}`;
    const rows = [
      `<root_account>,arn:aws:iam::210987654321:root,2024-03-02T10:00:00+00:00,not_supported,2024-06-01T10:00:00+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`,
      // IAM users named by work email, so they match their people; passwords changed a month ago.
      ...holders.map((h, i) => `${h.person.email},${arn(h.person.email)},2024-03-02T10:00:00+00:00,true,${lastUse(i).replace('Z', '+00:00')},${iso(date.subtract({ days: 30 })).replace('Z', '+00:00')},N/A,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`),
      ...(revoked.has(arn('ci-deploy')) ? [] : [`ci-deploy,${arn('ci-deploy')},2024-03-02T10:00:00+00:00,false,N/A,N/A,N/A,false,true,2024-03-02T10:00:00+00:00,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`]),
    ];
    return textSource('aws-credential-report.csv', `${header}\n${rows.join('\n')}\n`);
  }
  if (system === 'google-workspace') {
    const users = holders.map((h, i) => ({
      kind: 'admin#directory#user',
      id: `1${String(10_000_000_000 + i * 7919 + h.login.length).padStart(20, '0')}`,
      primaryEmail: h.person.email,
      name: { fullName: h.person.name },
      isAdmin: h.privileged,
      isDelegatedAdmin: false,
      lastLoginTime: lastUse(i).replace('Z', '.000Z'),
      creationTime: `${h.person.current.startOn}T09:00:00.000Z`,
      suspended: false,
      archived: false,
      isEnrolledIn2Sv: true,
    }));
    return textSource('users.json', JSON.stringify({ kind: 'admin#directory#users', users }, null, 2));
  }
  const header = 'external_id,email,user_name,display_name,roles,privileged,mfa,last_activity,created,status,kind,credential_rotated';
  const rows = holders.map((h, i) => [h.login, h.person.email, h.login, h.person.name, h.roles.join(';'), h.privileged, system !== 'postgres-production', lastUse(i), h.person.current.startOn, 'active', h.person.current.kind === 'contractor' ? 'guest' : 'human', ''].join(','));
  for (const machine of machines[system] ?? []) {
    rows.push([machine.id, machine.kind === 'shared' ? machine.id : '', machine.id, machine.name, machine.roles, machine.privileged ?? false, '', lastUse(3), '2024-03-02', 'active', machine.kind, machine.rotated ? date.subtract({ days: machine.rotated }).toString() : ''].join(','));
  }
  return textSource(`${system}-accounts.csv`, `${header}\n${rows.join('\n')}\n`);
}
