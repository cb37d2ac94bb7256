import { loadConfig } from '../../config.ts';
import { createCheckpoint } from '../../evidence/create-checkpoint.ts';
import { openWorkspace } from '../../open-workspace.ts';
import { cliActor, type Command } from '../command.ts';

export const checkpoint: Command = {
  usage: 'groundwork checkpoint [--json]',
  async run(io) {
    const workspace = await openWorkspace(loadConfig());
    try {
      const signed = await createCheckpoint(workspace.context(cliActor()));
      io.emit(signed, () => (signed ? `signed event ${signed.seq} (${signed.hash}) with key ${signed.keyId}` : 'the log is empty: nothing to sign'));
      return 0;
    } finally {
      await workspace.close();
    }
  },
};
