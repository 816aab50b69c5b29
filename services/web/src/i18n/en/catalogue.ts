import type { catalogue as fr } from '../fr/catalogue.js';

export const catalogue: typeof fr = {};
