import type { account as fr } from '../fr/account.js';

export const account: typeof fr = {};
