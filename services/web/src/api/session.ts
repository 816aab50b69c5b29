/**
 * Who is signed in. The access token lives in memory (15 minutes); the rotating refresh token
 * in localStorage, so a reload keeps you signed in. Components follow it with useSession().
 */
import type { AccountResponse, TokenPairResponse } from '@fabrique/contracts';
import { useEffect, useState } from 'preact/hooks';

export type Role = AccountResponse['roles'][number];

export interface Session {
  accountId: string;
  roles: Role[];
  organisations: string[];
  commune: string | null;
  /** The person confirmed their email address (the token's `email_verified`). */
  emailVerified: boolean;
  accessToken: string;
  expiresAt: number;
}

const REFRESH_KEY = 'fabrique.refreshToken';
/**
 * The access token is also kept for this tab (sessionStorage) until it expires: a reload then
 * needs no refresh, so a village hall's many reloads behind one address do not run into the
 * gateway's limit on sign-in requests.
 */
const ACCESS_KEY = 'fabrique.accessToken';
let current: Session | null = null;
const listeners = new Set<() => void>();

function claimsOf(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  return JSON.parse(decodeURIComponent(escape(json))) as Record<string, unknown>;
}

const strings = (value: unknown) =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

function sessionOf(accessToken: string, expiresAt: number): Session {
  const claims = claimsOf(accessToken);
  return {
    accountId: String(claims.sub),
    roles: strings(claims.roles) as Role[],
    organisations: strings(claims.orgs),
    commune: typeof claims.commune === 'string' ? claims.commune : null,
    emailVerified: claims.email_verified === true,
    accessToken,
    expiresAt,
  };
}

export function setTokens(
  tokens: Pick<TokenPairResponse, 'accessToken' | 'refreshToken' | 'expiresIn'>,
) {
  current = sessionOf(tokens.accessToken, Date.now() + tokens.expiresIn * 1000);
  localStorage.setItem(REFRESH_KEY, tokens.refreshToken);
  sessionStorage.setItem(
    ACCESS_KEY,
    JSON.stringify({ accessToken: current.accessToken, expiresAt: current.expiresAt }),
  );
  listeners.forEach((notify) => notify());
}

/** This tab's access token if it is still good for a minute and the refresh token is there. */
export function restoreSession(): Session | null {
  const stored = sessionStorage.getItem(ACCESS_KEY);
  if (!stored || !storedRefreshToken()) return null;
  try {
    const { accessToken, expiresAt } = JSON.parse(stored) as {
      accessToken: string;
      expiresAt: number;
    };
    if (expiresAt - Date.now() < 60_000) return null;
    current = sessionOf(accessToken, expiresAt);
    return current;
  } catch {
    sessionStorage.removeItem(ACCESS_KEY);
    return null;
  }
}

export function clearSession() {
  current = null;
  sessionStorage.removeItem(ACCESS_KEY);
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
