import { loadConfig } from '../../config.ts';
import { verifyWorkspaceLog } from '../../evidence/verify-workspace-log.ts';
import { openWorkspace } from '../../open-workspace.ts';
import type { Command } from '../command.ts';
import { progressReporter } from '../output.ts';

export const verify: Command = {
  usage: 'groundwork verify [--json]',
  async run(io) {
    const workspace = await openWorkspace(loadConfig());
    try {
      const progress = progressReporter('verified');
      const result = await verifyWorkspaceLog(workspace, io.json ? undefined : progress);
      progress.end();
      io.emit(result, () =>
        result.ok
          ? `ok: ${result.events} events chained, ${result.checkpoints} signed checkpoints and the signed head valid, ${result.attachments} attachments intact`
          : `FAILED at event ${result.problem!.seq} (${result.problem!.kind}): ${result.problem!.message}\n${result.events} events before it verified`,
      );
      return result.ok ? 0 : 1;
    } finally {
      await workspace.close();
    }
  },
};
