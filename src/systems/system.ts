import type { Selectable } from 'kysely';
import type { Context } from '../context.ts';
import type { SystemTable } from '../db/schema.ts';
import { AppError } from '../errors.ts';

export const systemCategories = [
  'cloud-provider',
  'code-repository',
  'production-database',
  'payment-processor',
  'email',
  'chat',
  'password-manager',
  'monitoring',
  'support',
  'marketing',
  'analytics',
  'hr',
  'finance',
  'legal',
  'customer-facing-admin',
  'other',
] as const;
export type SystemCategory = (typeof systemCategories)[number];

/** The classes of the Data Classification Policy (src/policies/templates/data-classification.md), lowest first. */
export const dataClassifications = ['public', 'internal', 'confidential'] as const;
export type DataClassification = (typeof dataClassifications)[number];

/** One system of the inventory: what it is, who answers for it, what data it holds, and how people sign in to it. */
export interface System {
  /** A slug of the name when it was added ("google-workspace"); it stays when the name changes. */
  id: string;
  name: string;
  category: SystemCategory;
  /** A person's email, or a role ("CTO"). */
  owner: string;
  classification: DataClassification;
  inScope: boolean;
  ssoEnforced: boolean;
  mfaEnforced: boolean;
  sessionTimeoutMinutes: number | null;
  /** The least-privilege role a new hire gets by default ("member", "read-only"). */
  defaultRole: string | null;
  createdAt: string;
  /** A retired system is kept for the record, and no longer in onboarding or offboarding checklists. */
  retiredAt: string | null;
  /** "import" when its accounts come as files, else the connector that pulls them ("github"). */
  accountsFrom: string;
}

function systemFrom(row: Selectable<SystemTable>): System {
  return {
    id: row.id,
    name: row.name,
    category: row.category as SystemCategory,
    owner: row.owner,
    classification: row.classification as DataClassification,
    inScope: row.in_scope === 1,
    ssoEnforced: row.sso_enforced === 1,
    mfaEnforced: row.mfa_enforced === 1,
    sessionTimeoutMinutes: row.session_timeout_minutes,
    defaultRole: row.default_role,
    createdAt: row.created_at,
    retiredAt: row.retired_at,
    accountsFrom: row.accounts_from,
  };
}

/** Every system, by name: those in use first, then the retired ones. */
export async function listSystems(ctx: Pick<Context, 'db'>): Promise<System[]> {
  const rows = await ctx.db.selectFrom('systems').selectAll().execute();
  const byName = (a: System, b: System) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });
  const systems = rows.map(systemFrom);
  return [...systems.filter((s) => !s.retiredAt).sort(byName), ...systems.filter((s) => s.retiredAt).sort(byName)];
}

export async function findSystem(ctx: Pick<Context, 'db'>, id: string): Promise<System | undefined> {
  const row = await ctx.db.selectFrom('systems').selectAll().where('id', '=', id).executeTakeFirst();
  return row && systemFrom(row);
}

export async function loadSystem(ctx: Pick<Context, 'db'>, id: string): Promise<System> {
  const system = await findSystem(ctx, id);
  if (!system) throw new AppError('not_found', `no system in the inventory has the id "${id}"`, 'id');
  return system;
}
