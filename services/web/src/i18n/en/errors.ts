import type { errors as fr } from '../fr/errors.js';

export const errors: typeof fr = {
  fallback: 'That did not work. Please try again in a moment.',
  network: 'The server does not answer. Check your connection, then try again.',
  field: 'This value is not accepted.',
};
