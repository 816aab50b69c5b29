import { ApiError, problemFrom } from './problem.js';
import { clearSession, currentSession, setTokens, storedRefreshToken } from './session.js';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** A CSV file sent as it is (text/csv), instead of a JSON body. */
  csv?: string;
  /** Sent as Idempotency-Key: give the same one when retrying the same action. */
  idempotencyKey?: string;
  /** For host edits (ETag / If-Match). */
  ifMatch?: string;
}

let refreshing: Promise<boolean> | null = null;

/** Trades the stored refresh token for new tokens once, whoever asks at the same time. */
export function refreshTokens(): Promise<boolean> {
  const refreshToken = storedRefreshToken();
  if (!refreshToken) return Promise.resolve(false);
  refreshing ??= fetch('/api/auth/refresh', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ refreshToken }),
  })
    .then(async (response) => {
      if (!response.ok) {
        clearSession();
        return false;
      }
      setTokens((await response.json()) as Parameters<typeof setTokens>[0]);
      return true;
    })
    .catch(() => false)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/**
 * The headers of an API call. The page's language (`<html lang>`, set by the language switch)
 * travels as Accept-Language, so that what the server says comes in the language shown.
 */
export function headersFor(
  options: RequestOptions,
  accessToken: string | undefined,
  pageLanguage: string,
): Record<string, string> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': pageLanguage === 'en' ? 'en' : 'fr',
  };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.csv !== undefined) headers['content-type'] = 'text/csv';
  if (accessToken) headers.authorization = `Bearer ${accessToken}`;
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  if (options.ifMatch) headers['if-match'] = options.ifMatch;
  return headers;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers = headersFor(options, currentSession()?.accessToken, document.documentElement.lang);
  try {
    return await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
      ...(options.csv !== undefined && { body: options.csv }),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', undefined);
  }
}

/** Calls the API; a stale access token is refreshed once and the call repeated. */
export async function apiResponse(path: string, options: RequestOptions = {}): Promise<Response> {
  const session = currentSession();
  if (session && session.expiresAt - Date.now() < 30_000) await refreshTokens();
  let response = await send(path, options);
  if (response.status === 401 && storedRefreshToken() && (await refreshTokens()))
    response = await send(path, options);
  if (!response.ok) throw await problemFrom(response);
  return response;
}

/** JSON in, JSON out (undefined for 204). */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await apiResponse(path, options);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const newIdempotencyKey = () => crypto.randomUUID();

/** One page of a list, as every collection route answers it. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Pages a reference list (communes, venues, kinds…) may take; beyond, the list is cut. */
const MAX_PAGES = 20;

/** Every item of a list, following its cursors (500 per page, the API's maximum). */
export async function apiAll<T>(path: string): Promise<T[]> {
  const items: T[] = [];
  const joiner = path.includes('?') ? '&' : '?';
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const suffix = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const answer: Page<T> = await api<Page<T>>(`${path}${joiner}limit=500${suffix}`);
    items.push(...answer.items);
    cursor = answer.nextCursor;
    if (!cursor) break;
  }
  return items;
}
