import type { rounds as fr } from '../fr/rounds.js';

export const rounds: typeof fr = {};
