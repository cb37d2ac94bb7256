import { invalidInput } from '../errors.ts';
import { isEmail, normalizeEmail } from '../identity/user.ts';
import { type DataClassification, dataClassifications, type SystemCategory, systemCategories } from './system.ts';

/** A system as a person, a form or the CLI describes it. */
export interface SystemInput {
  name: string;
  category: string;
  /** A person's email, or a role ("CTO"). */
  owner: string;
  classification: string;
  /** Default true: a system is in the audit's scope unless someone says it is not. */
  inScope?: boolean;
  /** Default false: unknown is not enforced. */
  ssoEnforced?: boolean;
  mfaEnforced?: boolean;
  sessionTimeoutMinutes?: number | null;
  defaultRole?: string | null;
}

export interface CheckedSystem {
  name: string;
  category: SystemCategory;
  owner: string;
  classification: DataClassification;
  inScope: boolean;
  ssoEnforced: boolean;
  mfaEnforced: boolean;
  sessionTimeoutMinutes: number | null;
  defaultRole: string | null;
}

const MAX_TIMEOUT_MINUTES = 30 * 24 * 60;

/** "Google Workspace" → "google-workspace": the id people type in the CLI and in URLs. */
export function systemId(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

export function checkedSystem(input: SystemInput): CheckedSystem {
  const name = input.name.trim();
  if (!name) throw invalidInput('a system needs a name', 'name');
  if (name.length > 100) throw invalidInput(`the name is ${name.length} characters; at most 100`, 'name');
  if (!systemId(name)) throw invalidInput(`the name "${name}" needs at least one letter or digit`, 'name');
  if (!isOneOf(systemCategories, input.category)) throw invalidInput(`"${input.category}" is not a category (${systemCategories.join(', ')})`, 'category');
  let owner = input.owner.trim();
  if (!owner) throw invalidInput('a system needs an owner: a person’s email, or a role such as "CTO"', 'owner');
  if (owner.length > 200) throw invalidInput(`the owner is ${owner.length} characters; at most 200`, 'owner');
  if (owner.includes('@')) {
    owner = normalizeEmail(owner);
    if (!isEmail(owner)) throw invalidInput(`"${input.owner}" is not an email address`, 'owner');
  }
  if (!isOneOf(dataClassifications, input.classification)) {
    throw invalidInput(`"${input.classification}" is not a data class; the Data Classification Policy has ${dataClassifications.join(', ')}`, 'classification');
  }
  const timeout = input.sessionTimeoutMinutes ?? null;
  if (timeout !== null && !(Number.isInteger(timeout) && timeout >= 1 && timeout <= MAX_TIMEOUT_MINUTES)) {
    throw invalidInput(`the session timeout is a whole number of minutes from 1 to ${MAX_TIMEOUT_MINUTES} (30 days), not ${timeout}`, 'sessionTimeoutMinutes');
  }
  const defaultRole = input.defaultRole?.trim() || null;
  if (defaultRole !== null && defaultRole.length > 100) throw invalidInput(`the default role is ${defaultRole.length} characters; at most 100`, 'defaultRole');
  return {
    name,
    category: input.category,
    owner,
    classification: input.classification,
    inScope: input.inScope ?? true,
    ssoEnforced: input.ssoEnforced ?? false,
    mfaEnforced: input.mfaEnforced ?? false,
    sessionTimeoutMinutes: timeout,
    defaultRole,
  };
}
