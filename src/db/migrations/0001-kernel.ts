import { type Kysely, PostgresAdapter, sql } from 'kysely';

/** The chain starts from this hash: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('workspace')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db
    .insertInto('workspace')
    .values({ id: 1, name: 'My company', time_zone: 'UTC', created_at: new Date().toISOString() })
    .execute();

  await db.schema
    .createTable('evidence_events')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('effective_at', 'text', (c) => c.notNull())
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('attachments', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('evidence_events_subject').on('evidence_events').columns(['subject_type', 'subject_id', 'seq']).execute();
  await db.schema.createIndex('evidence_events_action').on('evidence_events').columns(['action', 'seq']).execute();
  await db.schema.createIndex('evidence_events_actor').on('evidence_events').columns(['actor_id', 'seq']).execute();
  await db.schema.createIndex('evidence_events_effective').on('evidence_events').columns(['effective_at']).execute();

  await db.schema
    .createTable('evidence_head')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('key_id', 'text')
    .addColumn('signature', 'text')
    .execute();
  await db.insertInto('evidence_head').values({ id: 1, seq: 0, hash: GENESIS_HASH }).execute();

  await db.schema
    .createTable('evidence_checkpoints')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('signed_at', 'text', (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('attachments')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // Nothing in Groundwork updates or deletes an event; the database refuses it too, against
  // mistakes. Someone with the rights to drop these triggers can still edit rows: verify catches that.
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`create function evidence_append_only() returns trigger language plpgsql as $$
      begin raise exception 'the evidence log is append-only'; end $$`.execute(db);
    await sql`create trigger evidence_append_only before update or delete on evidence_events
      for each row execute function evidence_append_only()`.execute(db);
  } else {
    await sql`create trigger evidence_no_update before update on evidence_events
      begin select raise(abort, 'the evidence log is append-only'); end`.execute(db);
    await sql`create trigger evidence_no_delete before delete on evidence_events
      begin select raise(abort, 'the evidence log is append-only'); end`.execute(db);
  }
}
