import type { RouteDef } from '../../lazy-page.js';

/** The account pages. */
export const accountRoutes: RouteDef[] = [];
