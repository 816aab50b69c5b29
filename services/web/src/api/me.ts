import type { AccountResponse } from '@fabrique/contracts';
import { api } from './client.js';

export type AccountLocale = AccountResponse['locale'];

/** `GET /api/me` (packages/contracts/src/api/accounts.ts). */
export type Me = AccountResponse;

/** One cache entry for the signed-in account, whichever part of the app reads it. */
export const ME_KEY = ['account', 'me'] as const;

export const fetchMe = () => api<Me>('/api/me');
