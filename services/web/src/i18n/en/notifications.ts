import type { notifications as fr } from '../fr/notifications.js';

export const notifications: typeof fr = {};
