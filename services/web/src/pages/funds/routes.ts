import type { RouteDef } from '../../lazy-page.js';

/** The funds pages. */
export const fundsRoutes: RouteDef[] = [];
