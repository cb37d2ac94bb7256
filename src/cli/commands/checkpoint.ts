import { loadConfig } from '../../config.ts';
import { type Checkpoint, createCheckpoint } from '../../evidence/create-checkpoint.ts';
import { openWorkspace } from '../../open-workspace.ts';
import { cliActor, type Command } from '../command.ts';
import { remoteCall, remoteServer } from '../remote.ts';

export const checkpoint: Command = {
  usage: 'groundwork checkpoint [--json]',
  remote: true,
  async run(io) {
    const server = remoteServer();
    const signed = server ? await remoteCall<Checkpoint | null>(server, 'POST', '/api/evidence/checkpoints') : await checkpointLocally();
    io.emit(signed, () => (signed ? `signed event ${signed.seq} (${signed.hash}) with key ${signed.keyId}` : 'the log is empty: nothing to sign'));
    return 0;
  },
};

async function checkpointLocally() {
  const workspace = await openWorkspace(loadConfig());
  try {
    return await createCheckpoint(workspace.context(cliActor()));
  } finally {
    await workspace.close();
  }
}
