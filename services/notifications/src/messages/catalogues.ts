import type { Catalogue } from './catalogue.js';
import { en } from './en.js';
import type { Locale } from './format.js';
import { fr } from './fr.js';

/** Every language's words; a new language is one more catalogue here. */
export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { fr, en };
