import type { RouteDef } from '../../lazy-page.js';

/** The rounds pages. */
export const roundsRoutes: RouteDef[] = [];
