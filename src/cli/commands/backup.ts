import { existsSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { loadConfig } from '../../config.ts';
import { AppError } from '../../errors.ts';
import { openWorkspace } from '../../open-workspace.ts';
import type { Command } from '../command.ts';

export const backup: Command = {
  usage: 'groundwork backup <file> [--json]',
  async run(io) {
    const target = io.args[0];
    if (!target) throw new AppError('invalid_input', 'name the file to write: groundwork backup <file>', 'file');
    const file = path.resolve(target);
    if (existsSync(file)) throw new AppError('invalid_input', `${file} already exists; a backup never overwrites a file`, 'file');
    const workspace = await openWorkspace(loadConfig());
    try {
      if (workspace.store.engine !== 'sqlite') {
        io.emit({ ok: false, reason: 'postgres' }, () => 'this workspace is on PostgreSQL: back it up with pg_dump (for example `pg_dump --format=custom "$DATABASE_URL" > groundwork.dump`)');
        return 1;
      }
      // VACUUM INTO copies one read transaction's snapshot, so writers may go on meanwhile.
      await sql`vacuum into ${file}`.execute(workspace.store.db);
      const dataDir = workspace.config.dataDir;
      io.emit({ ok: true, file, dataDir }, () =>
        `wrote ${file}\nattachments and the keys are files in ${dataDir}: back up that directory too (attachments/, evidence-signing-key.pem, connector-secret.key)`,
      );
      return 0;
    } finally {
      await workspace.close();
    }
  },
};
