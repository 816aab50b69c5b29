import type { Role } from './session.js';
import { api } from './client.js';

export type AccountLocale = 'fr' | 'en';

/** `GET /api/me` (see services/accounts/src/http/schemas.ts). */
export interface Me {
  id: string;
  email: string;
  displayName: string;
  commune: string;
  locale: AccountLocale;
  roles: Role[];
  emailVerified: boolean;
  createdAt: string;
  version: number;
}

/** One cache entry for the signed-in account, whichever part of the app reads it. */
export const ME_KEY = ['account', 'me'] as const;

export const fetchMe = () => api<Me>('/api/me');
