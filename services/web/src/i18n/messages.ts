import type { messages as fr } from './fr/index.js';

/** The shape every language's messages have: French is the reference. */
export type Messages = typeof fr;
