import type { Kysely } from 'kysely';

/**
 * Groundwork's own users and how they sign in. Secrets are never stored: passwords as scrypt
 * hashes, session cookies, invite links, recovery codes and API tokens as SHA-256 of random values.
 * A user's status is computed from activated_at and deactivated_at.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('workspace')
    .addColumn('mfa_required_for_all', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('workspace').addColumn('session_idle_minutes', 'integer', (c) => c.notNull().defaultTo(30)).execute();
  await db.schema.alterTable('workspace').addColumn('session_max_hours', 'integer', (c) => c.notNull().defaultTo(12)).execute();
  await db.schema.alterTable('workspace').addColumn('sso_issuer', 'text').execute();
  await db.schema.alterTable('workspace').addColumn('sso_client_id', 'text').execute();
  await db.schema.alterTable('workspace').addColumn('sso_client_secret', 'text').execute();
  await db.schema.alterTable('workspace').addColumn('sso_only', 'integer', (c) => c.notNull().defaultTo(0)).execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    // Auditors only: the local dates their access starts and ends, inclusive.
    .addColumn('access_from', 'text')
    .addColumn('access_until', 'text')
    .addColumn('password_hash', 'text')
    .addColumn('totp_secret', 'text')
    .addColumn('totp_enrolled_at', 'text')
    // The last accepted TOTP time step: a code from that step or an earlier one is a replay.
    .addColumn('totp_last_step', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('activated_at', 'text')
    .addColumn('deactivated_at', 'text')
    .execute();

  await db.schema
    .createTable('recovery_codes')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addPrimaryKeyConstraint('recovery_codes_pk', ['user_id', 'code_hash'])
    .execute();

  await db.schema
    .createTable('invites')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    // Null for the first-run setup link, which creates the owner.
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    // When the second factor was given (or the identity provider vouched for one); null until then.
    .addColumn('mfa_at', 'text')
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('end_reason', 'text')
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').columns(['user_id', 'created_at']).execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();

  // Failed sign-in and second-factor attempts, per account and per address, for back-off.
  await db.schema
    .createTable('auth_failures')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('failed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('auth_failures_key').on('auth_failures').columns(['key', 'failed_at']).execute();

  // An SSO sign-in in flight: the PKCE verifier, nonce and state between redirect and callback.
  await db.schema
    .createTable('sso_requests')
    .addColumn('state', 'text', (c) => c.primaryKey())
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('nonce', 'text', (c) => c.notNull())
    // The page of Groundwork to open after signing in.
    .addColumn('return_to', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}
