import { lazyPage, type RouteDef } from '../../lazy-page.js';

/** The host pages (loaded on first visit: residents never download them). */
export const hostRoutes: RouteDef[] = [
  { path: '/host', component: lazyPage(() => import('./host-page.js')) },
  { path: '/host/workshops/new', component: lazyPage(() => import('./workshop-new-page.js')) },
  { path: '/host/workshops/:id', component: lazyPage(() => import('./workshop-page.js')) },
  { path: '/host/sessions/:id', component: lazyPage(() => import('./session-page.js')) },
];
