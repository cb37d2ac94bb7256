import type { Workspace } from '../open-workspace.ts';
import { type VerifyResult, verifyLog } from './verify-log.ts';

/** Verifies a workspace's log with its own key and attachment store. */
export function verifyWorkspaceLog(workspace: Workspace, onProgress?: (checked: number, total: number) => void): Promise<VerifyResult> {
  return verifyLog({
    db: workspace.store.db,
    publicKey: workspace.evidence.signingKey.publicKey,
    attachmentsDir: workspace.evidence.attachmentsDir,
    onProgress,
  });
}
