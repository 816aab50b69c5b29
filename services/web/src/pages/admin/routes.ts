import { lazyPage, type RouteDef } from '../../lazy-page.js';

/** The coordinators' pages (each loaded on first visit: residents never download them). */
export const adminRoutes: RouteDef[] = [
  { path: '/admin', component: lazyPage(() => import('./hub-page.js')) },
  { path: '/admin/communes', component: lazyPage(() => import('./communes-page.js')) },
  { path: '/admin/venues', component: lazyPage(() => import('./venues-page.js')) },
  { path: '/admin/people', component: lazyPage(() => import('./people-page.js')) },
  { path: '/admin/organisations', component: lazyPage(() => import('./organisations-page.js')) },
  { path: '/admin/dead-letters', component: lazyPage(() => import('./dead-letters-page.js')) },
];
