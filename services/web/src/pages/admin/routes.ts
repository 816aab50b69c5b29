import type { RouteDef } from '../../lazy-page.js';

/** The admin pages. */
export const adminRoutes: RouteDef[] = [];
