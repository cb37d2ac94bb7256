import { createContext, type ReactNode, use } from 'react';

/** GET /api/workspace */
export interface WorkspaceInfo {
  name: string;
  /** IANA zone; every date in the UI is shown in it. */
  timeZone: string;
}

const WorkspaceContext = createContext<WorkspaceInfo | null>(null);

export function WorkspaceProvider({ workspace, children }: { workspace: WorkspaceInfo; children: ReactNode }) {
  return <WorkspaceContext value={workspace}>{children}</WorkspaceContext>;
}

export function useWorkspace(): WorkspaceInfo {
  const workspace = use(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace must be used inside <WorkspaceProvider>');
  return workspace;
}
