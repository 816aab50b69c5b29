import type { RouteDef } from '../../lazy-page.js';

/** The host pages. */
export const hostRoutes: RouteDef[] = [];
