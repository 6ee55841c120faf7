import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { ApiError, api, setUnauthorizedHandler } from './api.js';

export const ROLES = ['clinician', 'researcher', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  id: string;
  username: string;
  role: Role;
}

export interface Session {
  /** undefined while the first GET /api/session is on its way; null when signed out. */
  user: User | null | undefined;
  /** The server has no sign-in yet (GET /api/session answers 404): the user is the local clinician. */
  local: boolean;
  canWrite: boolean;
  signIn(username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const LOCAL_USER: User = { id: 'local', username: 'local', role: 'clinician' };

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [local, setLocal] = useState(false);

  useEffect(() => {
    setUnauthorizedHandler(() => setUser(null));
    return () => setUnauthorizedHandler(null);
  }, []);

  useEffect(() => {
    let live = true;
    api.get<{ user: User }>('/api/session').then(
      (body) => live && setUser(body.user),
      (error: unknown) => {
        if (!live) return;
        if (error instanceof ApiError && error.status === 404) {
          setLocal(true);
          setUser(LOCAL_USER);
        } else {
          setUser(null);
        }
      },
    );
    return () => {
      live = false;
    };
  }, []);

  const signIn = useCallback(async (username: string, password: string) => {
    try {
      const body = await api.post<{ user: User }>('/api/session', { username, password });
      setUser(body.user);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        setLocal(true);
        setUser(LOCAL_USER);
        return;
      }
      throw error;
    }
  }, []);

  const signOut = useCallback(async () => {
    if (!local) await api.del('/api/session').catch(() => undefined);
    setUser(null);
  }, [local]);

  const canWrite = user !== null && user !== undefined && user.role !== 'researcher';
  return <SessionContext.Provider value={{ user, local, canWrite, signIn, signOut }}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
