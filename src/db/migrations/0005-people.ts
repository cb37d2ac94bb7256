import type { Kysely } from 'kysely';

/**
 * The people directory and what hangs off it: engagements (a person who leaves and returns has a
 * second one), onboarding and offboarding checklists with one row per item, the systems the
 * checklists grant and revoke, assets, and policy acknowledgements. Statuses (pre-hire, active,
 * offboarding, departed; an item done or open, late or flagged) are computed from these dates.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('people')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    // Lower case. Aliases: a JSON array of other lower-case addresses the person's accounts use.
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('aliases', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('engagements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('department', 'text')
    .addColumn('manager_id', 'text', (c) => c.references('people.id'))
    // Local dates. end_on is required for contractors and short-term help.
    .addColumn('start_on', 'text', (c) => c.notNull())
    .addColumn('end_on', 'text')
    // A contractor's or short-term engagement's end date in the cadence engine: the offboarding falls due then.
    .addColumn('end_obligation_id', 'text', (c) => c.references('obligations.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('engagements_person').on('engagements').columns(['person_id', 'start_on']).execute();

  await db.schema
    .createTable('systems')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('category', 'text', (c) => c.notNull())
    // A person's email, or a role.
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('classification', 'text', (c) => c.notNull())
    .addColumn('in_scope', 'integer', (c) => c.notNull())
    .addColumn('sso_enforced', 'integer', (c) => c.notNull())
    .addColumn('mfa_enforced', 'integer', (c) => c.notNull())
    .addColumn('session_timeout_minutes', 'integer')
    // The least-privilege role a new hire gets by default ("member", "read-only").
    .addColumn('default_role', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('retired_at', 'text')
    .execute();

  await db.schema
    .createTable('assets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    // The asset tag or serial number people read off the device.
    .addColumn('tag', 'text', (c) => c.notNull().unique())
    .addColumn('description', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('checklists')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('engagement_id', 'text', (c) => c.notNull().references('engagements.id'))
    // "onboarding" or "offboarding"; at most one of each per engagement.
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('started_by', 'text', (c) => c.notNull())
    // Offboarding only: when access ends, why, and (involuntary) when the person was told.
    .addColumn('terminates_at', 'text')
    .addColumn('reason', 'text')
    .addColumn('conversation_at', 'text')
    // Offboarding only: the reduction in force it was part of, and the same-day revocation obligation.
    .addColumn('batch_id', 'text')
    .addColumn('obligation_id', 'text', (c) => c.references('obligations.id'))
    .addUniqueConstraint('checklists_engagement_kind', ['engagement_id', 'kind'])
    .execute();

  await db.schema
    .createTable('checklist_items')
    .addColumn('checklist_id', 'text', (c) => c.notNull().references('checklists.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    // Stable within its checklist: "nda", "account:github", "revoke:github", "return:<asset id>".
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    // What completing it takes: "confirmation", "file" or "link"; and who confirms ("admin", "manager", "person").
    .addColumn('proof', 'text', (c) => c.notNull())
    .addColumn('confirmed_by', 'text', (c) => c.notNull())
    .addColumn('system_id', 'text', (c) => c.references('systems.id'))
    .addColumn('access_role', 'text')
    .addColumn('asset_id', 'text', (c) => c.references('assets.id'))
    .addColumn('done_at', 'text')
    .addColumn('effective_at', 'text')
    .addColumn('done_by', 'text')
    // What was found: "done", or for a revocation "revoked" or "no-account".
    .addColumn('outcome', 'text')
    .addColumn('link', 'text')
    .addColumn('attachment_sha256', 'text', (c) => c.references('attachments.sha256'))
    .addColumn('note', 'text')
    .addColumn('evidence_seq', 'integer')
    .addPrimaryKeyConstraint('checklist_items_pk', ['checklist_id', 'position'])
    .addUniqueConstraint('checklist_items_key', ['checklist_id', 'key'])
    .execute();

  // A workspace's own checklist for one kind of person, replacing the shipped one; JSON items.
  await db.schema
    .createTable('checklist_templates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('asset_assignments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('asset_id', 'text', (c) => c.notNull().references('assets.id'))
    .addColumn('engagement_id', 'text', (c) => c.notNull().references('engagements.id'))
    .addColumn('assigned_at', 'text', (c) => c.notNull())
    .addColumn('assigned_by', 'text', (c) => c.notNull())
    .addColumn('returned_at', 'text')
    .addColumn('returned_by', 'text')
    .addColumn('return_note', 'text')
    .execute();
  await db.schema.createIndex('asset_assignments_asset').on('asset_assignments').columns(['asset_id', 'assigned_at']).execute();

  await db.schema
    .createTable('acknowledgements')
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('policy_id', 'text', (c) => c.notNull().references('policies.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('acknowledged_at', 'text', (c) => c.notNull())
    // "session" (signed in), "link" (a signed acknowledgement link).
    .addColumn('via', 'text', (c) => c.notNull())
    .addColumn('evidence_seq', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('acknowledgements_pk', ['person_id', 'policy_id', 'version'])
    .execute();

  // Single-use, expiring links for people without a Groundwork login; only the SHA-256 of the token is kept.
  await db.schema
    .createTable('acknowledgement_links')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
}
