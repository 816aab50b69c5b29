/**
 * Catalogue search without `$text` (FerretDB has no text index): each workshop stores the
 * folded words of its texts in an indexed array, and a query matches the workshops holding
 * all of its words. Both sides go through the same `normalise`, so "reparation" finds
 * "Réparation" and "VÉLO" finds "vélos". Whole words only, with one light fold: a final
 * plural s or x is dropped (French and English), so singular and plural meet. No prefixes.
 */
export const MAX_SEARCH_TOKENS = 200;
export const MAX_QUERY_TOKENS = 10;
/** Longer words are cut (same on both sides, so they still match): keeps index keys small. */
export const MAX_TOKEN_LENGTH = 40;
const MIN_TOKEN_LENGTH = 2;

// Words too common to tell workshops apart, already folded (no accents). Single letters
// (l', d', à, a…) are dropped by the length rule.
const STOP_WORDS = new Set([
  // French
  ...['le', 'la', 'les', 'de', 'des', 'du', 'un', 'une', 'et', 'en', 'au', 'aux', 'ou'],
  ...['pour', 'avec', 'sur', 'par', 'dans', 'ce', 'ces', 'cet', 'cette', 'son', 'sa', 'ses'],
  ...['est', 'qu', 'que', 'qui', 'ne', 'pas', 'se', 'il', 'elle', 'on', 'nous', 'vous'],
  // English
  ...['the', 'and', 'of', 'to', 'in', 'on', 'for', 'with', 'at', 'by', 'an', 'or', 'is'],
  ...['it', 'as', 'from', 'this', 'that', 'be', 'are'],
]);

/** Folded words of `text`, in order of appearance, stop words and 1-letter words left out. */
/** "velos" → "velo", "jeux" → "jeu"; short words ("bus", "gas") stay as they are. */
function singular(word: string): string {
  return word.length > 3 && /[sx]$/.test(word) ? word.slice(0, -1) : word;
}

function normalise(text: string): string[] {
  const folded = text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  // Stop words are matched before the plural fold ("dans" is a stop word, "dan" is not).
  return folded
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => [...word].length >= MIN_TOKEN_LENGTH && !STOP_WORDS.has(word))
    .map((word) => [...singular(word)].slice(0, MAX_TOKEN_LENGTH).join(''));
}

function firstDistinct(words: string[], limit: number): string[] {
  return [...new Set(words)].slice(0, limit);
}

/**
 * The tokens to store for a workshop: distinct, sorted, at most 200. Pass the texts by
 * importance (title first): when there are too many words, the first ones are kept.
 * "Réparation de vélos" → ['reparation', 'velo'].
 */
export function searchTokens(...texts: string[]): string[] {
  return firstDistinct(texts.flatMap(normalise), MAX_SEARCH_TOKENS).sort();
}

/**
 * The tokens of a user's query (at most 10, in the query's order), to match with
 * `{ searchTokens: { $all: tokens } }`. An empty result (blank query, only stop words) means
 * "no text filter": `$all: []` would match nothing.
 */
export function queryTokens(q: string): string[] {
  return firstDistinct(normalise(q), MAX_QUERY_TOKENS);
}
