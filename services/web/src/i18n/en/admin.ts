import type { admin as fr } from '../fr/admin.js';

export const admin: typeof fr = {};
