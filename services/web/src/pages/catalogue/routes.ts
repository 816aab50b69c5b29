import type { RouteDef } from '../../lazy-page.js';

/** The catalogue pages. */
export const catalogueRoutes: RouteDef[] = [];
