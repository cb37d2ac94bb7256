import type { Kysely } from 'kysely';

/**
 * Recurring obligations. Occurrences are never stored: they are computed from the cadence, and
 * a status from the completions. Dates are local dates (YYYY-MM-DD) in the workspace time zone;
 * timestamps are ISO 8601 UTC strings, as in 0001.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('obligations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text')
    .addColumn('subject_id', 'text')
    // An ISO 8601 duration in calendar units ("P3M"); null when the due dates are listed instead.
    .addColumn('every', 'text')
    .addColumn('anchor_on', 'text', (c) => c.notNull())
    .addColumn('grace', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('retired_on', 'text')
    .execute();
  await db.schema.createIndex('obligations_subject').on('obligations').columns(['subject_type', 'subject_id']).execute();

  await db.schema
    .createTable('obligation_due_dates')
    .addColumn('obligation_id', 'text', (c) => c.notNull().references('obligations.id'))
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('obligation_due_dates_pk', ['obligation_id', 'due_on'])
    .execute();

  await db.schema
    .createTable('obligation_completions')
    .addColumn('obligation_id', 'text', (c) => c.notNull().references('obligations.id'))
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('effective_at', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('evidence_seq', 'integer', (c) => c.notNull().references('evidence_events.seq'))
    .addColumn('note', 'text')
    .addPrimaryKeyConstraint('obligation_completions_pk', ['obligation_id', 'due_on'])
    .execute();
}
