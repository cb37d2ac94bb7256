import type { Kysely } from 'kysely';

/**
 * Policies and procedures as documents with immutable versions. A version's status (draft, in
 * review, approved, published, superseded) is computed from when it was submitted, approved and
 * published; a document is retired from its retired_at. Acknowledgements come with the people
 * directory.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('policies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('template_id', 'text')
    // A procedure's policy: the "how we actually do this" document it carries out.
    .addColumn('parent_id', 'text', (c) => c.references('policies.id'))
    .addColumn('owner_role', 'text', (c) => c.notNull())
    // JSON arrays: the kinds of people who acknowledge it, and the criteria it supports.
    .addColumn('applies_to', 'text', (c) => c.notNull())
    .addColumn('criteria', 'text', (c) => c.notNull())
    .addColumn('procedure', 'text')
    .addColumn('evidence', 'text')
    // The yearly review in the cadence engine, from the first publication.
    .addColumn('review_obligation_id', 'text', (c) => c.references('obligations.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('retired_at', 'text')
    .execute();

  await db.schema
    .createTable('policy_versions')
    .addColumn('policy_id', 'text', (c) => c.notNull().references('policies.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('approved_at', 'text')
    .addColumn('approved_by', 'text')
    .addColumn('published_at', 'text')
    .addColumn('published_by', 'text')
    // Set at publication: whether everyone must acknowledge this version again.
    .addColumn('material', 'integer')
    .addPrimaryKeyConstraint('policy_versions_pk', ['policy_id', 'version'])
    .execute();
}
