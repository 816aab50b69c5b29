/**
 * Who is signed in. The access token lives in memory (15 minutes); the rotating refresh token
 * in localStorage, so a reload keeps you signed in. Components follow it with useSession().
 */
import { useEffect, useState } from 'preact/hooks';

export type Role = 'resident' | 'host' | 'funder' | 'coordinator';

export interface Session {
  accountId: string;
  roles: Role[];
  organisations: string[];
  commune: string | null;
  accessToken: string;
  expiresAt: number;
}

const REFRESH_KEY = 'fabrique.refreshToken';
let current: Session | null = null;
const listeners = new Set<() => void>();

function claimsOf(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  return JSON.parse(decodeURIComponent(escape(json))) as Record<string, unknown>;
}

const strings = (value: unknown) =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

export function setTokens(tokens: {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}) {
  const claims = claimsOf(tokens.accessToken);
  current = {
    accountId: String(claims.sub),
    roles: strings(claims.roles) as Role[],
    organisations: strings(claims.orgs),
    commune: typeof claims.commune === 'string' ? claims.commune : null,
    accessToken: tokens.accessToken,
    expiresAt: Date.now() + tokens.expiresIn * 1000,
  };
  localStorage.setItem(REFRESH_KEY, tokens.refreshToken);
  listeners.forEach((notify) => notify());
}

export function clearSession() {
  current = null;
  localStorage.removeItem(REFRESH_KEY);
  listeners.forEach((notify) => notify());
}

export const currentSession = () => current;
export const storedRefreshToken = () => localStorage.getItem(REFRESH_KEY);

export function hasRole(session: Session | null, ...roles: Role[]): boolean {
  return session !== null && roles.some((role) => session.roles.includes(role));
}

export function useSession(): Session | null {
  const [session, setSession] = useState(current);
  useEffect(() => {
    const update = () => setSession(current);
    listeners.add(update);
    update();
    return () => void listeners.delete(update);
  }, []);
  return session;
}
