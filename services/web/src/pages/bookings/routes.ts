import type { RouteDef } from '../../lazy-page.js';

/** The bookings pages. */
export const bookingsRoutes: RouteDef[] = [];
