import type { host as fr } from '../fr/host.js';

export const host: typeof fr = {};
