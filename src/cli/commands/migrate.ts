import { loadConfig } from '../../config.ts';
import { migrateToLatest, migrationStatus } from '../../db/migrate.ts';
import { openWorkspace } from '../../open-workspace.ts';
import type { Command } from '../command.ts';

export const migrate: Command = {
  usage: 'groundwork migrate [--json]',
  async run(io) {
    const workspace = await openWorkspace(loadConfig(), { migrate: false });
    try {
      const before = await migrationStatus(workspace.store.db);
      const after = await migrateToLatest(workspace.store.db);
      const applied = before.pending;
      io.emit({ engine: workspace.store.engine, database: workspace.store.location, applied, current: after.applied.at(-1) ?? null }, () =>
        applied.length > 0 ? `applied ${applied.join(', ')} to ${workspace.store.location}` : `${workspace.store.location} is up to date (${after.applied.at(-1)})`,
      );
      return 0;
    } finally {
      await workspace.close();
    }
  },
};
