import type { bookings as fr } from '../fr/bookings.js';

export const bookings: typeof fr = {};
