import { loadConfig } from '../../config.ts';
import type { VerifyResult } from '../../evidence/verify-log.ts';
import { verifyWorkspaceLog } from '../../evidence/verify-workspace-log.ts';
import { openWorkspace } from '../../open-workspace.ts';
import type { Command } from '../command.ts';
import { progressReporter } from '../output.ts';
import { remoteCall, remoteServer } from '../remote.ts';

export const verify: Command = {
  usage: 'groundwork verify [--json]',
  remote: true,
  async run(io) {
    const server = remoteServer();
    const result = server ? await remoteCall<VerifyResult>(server, 'GET', '/api/evidence/verify') : await verifyLocally(io.json);
    io.emit(result, () =>
        result.ok
          ? `ok: ${result.events} events chained, ${result.checkpoints} signed checkpoints and the signed head valid, ${result.attachments} attachments intact`
          : `FAILED at event ${result.problem!.seq} (${result.problem!.kind}): ${result.problem!.message}\n${result.events} events before it verified`,
      );
    return result.ok ? 0 : 1;
  },
};

async function verifyLocally(quiet: boolean): Promise<VerifyResult> {
  const workspace = await openWorkspace(loadConfig());
  try {
    const progress = progressReporter('verified');
    const result = await verifyWorkspaceLog(workspace, quiet ? undefined : progress);
    progress.end();
    return result;
  } finally {
    await workspace.close();
  }
}
