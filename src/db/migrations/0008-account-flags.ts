import type { Kysely } from 'kysely';

/**
 * A system's account list as pages are read from it: each account of a snapshot with whose it is
 * and its flags, as computed from the snapshot, the directory, the mappings and the settings, so
 * that a page of a 50,000-account list is filtered, counted and cut in SQL. A cache, stamped with
 * what it was computed from: a list read after any of those changed, or on a new day, computes it
 * again. It records nothing that happened, so writing it appends no evidence.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('account_flag_stamps')
    .addColumn('snapshot_id', 'text', (c) => c.primaryKey().references('account_snapshots.id'))
    // The newest event of the modules the flags read, and the workspace's date: "1234 2026-07-10".
    .addColumn('inputs', 'text', (c) => c.notNull())
    // JSON [[flag_mask, accounts], …]: how many accounts carry each combination of flags, so that
    // the counts of a list not searched are summed from a hundred pairs, not 50,000 rows.
    .addColumn('masks', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('account_flags')
    .addColumn('snapshot_id', 'text', (c) => c.notNull().references('account_snapshots.id'))
    // The account's place in the list, by display name (as JavaScript's localeCompare orders it).
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text')
    // The person's engagement status that day: "active", "offboarding", "departed".
    .addColumn('person_status', 'text')
    .addColumn('matched_by', 'text')
    // JSON [{ id, reason, inputs }], and one bit per flag for filtering and counting without parsing it.
    .addColumn('flags', 'text', (c) => c.notNull())
    .addColumn('flag_mask', 'integer', (c) => c.notNull())
    // The lower-case email, names and id (and the person's name) a search looks in.
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('account_flags_pk', ['snapshot_id', 'position'])
    .execute();
}
