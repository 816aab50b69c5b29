import { lazyPage, type RouteDef } from '../../lazy-page.js';

/** The catalogue pages: the home page, and one session (`/sessions/{id}` is linked from emails). */
export const catalogueRoutes: RouteDef[] = [
  { path: '/', component: lazyPage(() => import('./catalogue-page.js')) },
  { path: '/sessions/:id', component: lazyPage(() => import('./session-page.js')) },
];
