import { lazyPage, type RouteDef } from '../../lazy-page.js';

/** The bookings pages (`/bookings/{id}` is linked from emails). */
export const bookingsRoutes: RouteDef[] = [
  { path: '/bookings', component: lazyPage(() => import('./bookings-page.js')) },
  { path: '/bookings/:id', component: lazyPage(() => import('./booking-page.js')) },
];
