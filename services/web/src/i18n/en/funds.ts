import type { funds as fr } from '../fr/funds.js';

export const funds: typeof fr = {};
