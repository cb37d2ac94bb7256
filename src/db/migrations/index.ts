import type { Migration } from 'kysely';
import * as kernel from './0001-kernel.ts';
import * as cadence from './0002-cadence.ts';
import * as identity from './0003-identity.ts';
import * as policies from './0004-policies.ts';
import * as people from './0005-people.ts';
import * as accounts from './0006-accounts.ts';
import * as audits from './0007-audits.ts';
import * as accountFlags from './0008-account-flags.ts';

/** Every migration, in order. A name, once released, never changes. */
export const migrations: Record<string, Migration> = {
  '0001-kernel': kernel,
  '0002-cadence': cadence,
  '0003-identity': identity,
  '0004-policies': policies,
  '0005-people': people,
  '0006-accounts': accounts,
  '0007-audits': audits,
  '0008-account-flags': accountFlags,
};
