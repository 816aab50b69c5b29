import type { RouteDef } from '../../lazy-page.js';

/** The notifications pages. */
export const notificationsRoutes: RouteDef[] = [];
