import type { Kysely } from 'kysely';

/**
 * The audit: its window (the observation period, one row at most), the auditor's request list
 * as imported, and the evidence each request is answered with. A request's status is computed
 * from its links and its due date, never stored. A removed link stays, marked removed, so its
 * number is never given to another.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('audit_window')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    // Local dates, inclusive, in the workspace's time zone.
    .addColumn('from_on', 'text', (c) => c.notNull())
    .addColumn('to_on', 'text', (c) => c.notNull())
    // The audit firm or auditor, as the workspace writes it.
    .addColumn('firm', 'text')
    .addColumn('set_at', 'text', (c) => c.notNull())
    .addColumn('set_by', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('audit_requests')
    // The auditor's own id for the request: "PBC-07", "4.2".
    .addColumn('id', 'text', (c) => c.primaryKey())
    // As the list writes it; which controls or criteria it names is read from it when shown.
    .addColumn('control_ref', 'text')
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addColumn('added_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text')
    .addColumn('updated_by', 'text')
    .execute();

  await db.schema
    .createTable('audit_request_links')
    .addColumn('request_id', 'text', (c) => c.notNull().references('audit_requests.id'))
    // 1, 2, 3 … per request.
    .addColumn('number', 'integer', (c) => c.notNull())
    // "population", "attachment", "package" or "note".
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('population', 'text')
    .addColumn('from_on', 'text')
    .addColumn('to_on', 'text')
    .addColumn('attachment_sha256', 'text', (c) => c.references('attachments.sha256'))
    .addColumn('file_name', 'text')
    // The seq of the exports.package.created event.
    .addColumn('package_seq', 'integer')
    .addColumn('note', 'text')
    .addColumn('linked_at', 'text', (c) => c.notNull())
    .addColumn('linked_by', 'text', (c) => c.notNull())
    .addColumn('removed_at', 'text')
    .addColumn('removed_by', 'text')
    .addPrimaryKeyConstraint('audit_request_links_pk', ['request_id', 'number'])
    .execute();
}
