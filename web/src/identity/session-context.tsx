import { createContext, type ReactNode, use } from 'react';
import type { Permission, User } from './identity-types.ts';

/** The signed-in user as every page of the app sees it. */
export interface Session {
  user: User;
  /** What the user's role may do; pages and actions the role may not use are hidden. */
  can(permission: Permission): boolean;
  /** Ends this session and returns to the sign-in page. */
  signOut(): void;
  /** Returns to the sign-in page, saying why, after the session ended some other way (signing out everywhere). */
  signedOut(notice: string): void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext value={session}>{children}</SessionContext>;
}

export function useSession(): Session {
  const session = use(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}
