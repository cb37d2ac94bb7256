import type { Kysely } from 'kysely';

/**
 * Accounts and their quarterly reviews. Each import or connector pull of a system is a snapshot
 * that never changes (its accounts as the system described them, with the SHA-256 of every source
 * file); the newest one is in force. Who an account belongs to and its flags are computed when
 * read, from the snapshot, the directory and the settings; a review freezes them into its items
 * at its start, so the before list shows what the reviewer saw.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // "import" (files), or the connector that pulls them: "github", "google-workspace".
  await db.schema.alterTable('systems').addColumn('accounts_from', 'text', (c) => c.notNull().defaultTo('import')).execute();
  await db.schema.alterTable('workspace').addColumn('dormant_after_days', 'integer', (c) => c.notNull().defaultTo(90)).execute();
  await db.schema.alterTable('workspace').addColumn('credential_max_age_days', 'integer', (c) => c.notNull().defaultTo(90)).execute();

  await db.schema
    .createTable('connectors')
    .addColumn('system_id', 'text', (c) => c.primaryKey().references('systems.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    // JSON of what is not secret: the organisation or domain, the API's base URL.
    .addColumn('settings', 'text', (c) => c.notNull())
    // The token, sealed with AES-256-GCM under the workspace's secret key.
    .addColumn('credential', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('account_snapshots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('system_id', 'text', (c) => c.notNull().references('systems.id'))
    // 1, 2, 3 … per system: the newest is in force.
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    // When the system's list was taken, which the flags measure from; imported_at is when it arrived.
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('imported_by', 'text', (c) => c.notNull())
    // JSON [{ name, bytes, sha256 }] of the files or API pages read.
    .addColumn('sources', 'text', (c) => c.notNull())
    .addColumn('accounts', 'integer', (c) => c.notNull())
    .addUniqueConstraint('account_snapshots_number', ['system_id', 'number'])
    .execute();

  await db.schema
    .createTable('accounts')
    .addColumn('snapshot_id', 'text', (c) => c.notNull().references('account_snapshots.id'))
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('user_name', 'text')
    .addColumn('display_name', 'text')
    // JSON array of the system's role names.
    .addColumn('roles', 'text', (c) => c.notNull())
    .addColumn('privileged', 'integer', (c) => c.notNull())
    .addColumn('privilege_reason', 'text')
    .addColumn('mfa', 'integer')
    .addColumn('last_activity_at', 'text')
    .addColumn('last_activity_known', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('credential_rotated_at', 'text')
    .addColumn('oauth_grants', 'integer')
    .addColumn('source_file', 'text', (c) => c.notNull())
    .addColumn('source_line', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('accounts_pk', ['snapshot_id', 'external_id'])
    .execute();

  // An account matched to a person by hand, remembered across imports of the system.
  await db.schema
    .createTable('account_mappings')
    .addColumn('system_id', 'text', (c) => c.notNull().references('systems.id'))
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('mapped_at', 'text', (c) => c.notNull())
    .addColumn('mapped_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('account_mappings_pk', ['system_id', 'external_id'])
    .execute();

  await db.schema
    .createTable('access_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // "2026-Q4", in the workspace's time zone.
    .addColumn('quarter', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('started_by', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('closed_by', 'text')
    .execute();

  await db.schema
    .createTable('access_review_systems')
    .addColumn('review_id', 'text', (c) => c.notNull().references('access_reviews.id'))
    .addColumn('system_id', 'text', (c) => c.notNull().references('systems.id'))
    // The Groundwork user (email) who decides this system's accounts: its owner, or whom the starter named.
    .addColumn('reviewer', 'text', (c) => c.notNull())
    .addColumn('before_snapshot_id', 'text', (c) => c.notNull().references('account_snapshots.id'))
    // The quarterly obligation's occurrence this review completes, if the system has one.
    .addColumn('obligation_id', 'text', (c) => c.references('obligations.id'))
    .addColumn('due_on', 'text')
    .addColumn('signed_off_at', 'text')
    .addColumn('signed_off_by', 'text')
    .addPrimaryKeyConstraint('access_review_systems_pk', ['review_id', 'system_id'])
    .execute();

  await db.schema
    .createTable('access_review_items')
    .addColumn('review_id', 'text', (c) => c.notNull())
    .addColumn('system_id', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.notNull())
    // Frozen at the start: whose account it was and why it was flagged (JSON [{ id, reason }]).
    .addColumn('person_id', 'text')
    .addColumn('matched_by', 'text')
    .addColumn('flags', 'text', (c) => c.notNull())
    // One bit per flag, for filtering a page of tens of thousands of items without parsing JSON.
    .addColumn('flag_mask', 'integer', (c) => c.notNull())
    // The email of the Groundwork user whose own account this is: someone else decides it.
    .addColumn('own_account_of', 'text')
    // Frozen too, so a page of a 50,000-account review is read from this table and its index alone:
    // the lower-case name it sorts by, and the lower-case email, names and id it is searched by.
    .addColumn('sort_key', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    // "keep", "revoke" or "change".
    .addColumn('decision', 'text')
    .addColumn('reason', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    // What remains after remediation, accepted with its reason.
    .addColumn('exception_reason', 'text')
    .addColumn('exception_by', 'text')
    .addColumn('exception_at', 'text')
    .addPrimaryKeyConstraint('access_review_items_pk', ['review_id', 'system_id', 'external_id'])
    .addForeignKeyConstraint('access_review_items_system', ['review_id', 'system_id'], 'access_review_systems', ['review_id', 'system_id'])
    .execute();
  await db.schema.createIndex('access_review_items_decision').on('access_review_items').columns(['review_id', 'system_id', 'decision']).execute();
  await db.schema.createIndex('access_review_items_page').on('access_review_items').columns(['review_id', 'system_id', 'sort_key', 'external_id']).execute();

  await db.schema
    .createTable('access_review_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('review_id', 'text', (c) => c.notNull())
    .addColumn('system_id', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('access_review_comments_item').on('access_review_comments').columns(['review_id', 'system_id', 'external_id']).execute();
}
