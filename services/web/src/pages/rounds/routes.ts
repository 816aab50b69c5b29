import { lazyPage, type RouteDef } from '../../lazy-page.js';

/** The participatory-budget pages (`/rounds/{id}` is linked from emails). */
export const roundsRoutes: RouteDef[] = [
  { path: '/rounds', component: lazyPage(() => import('./rounds-page.js')) },
  { path: '/rounds/new', component: lazyPage(() => import('./new-round-page.js')) },
  { path: '/rounds/:id/results', component: lazyPage(() => import('./results-page.js')) },
  { path: '/rounds/:id', component: lazyPage(() => import('./round-page.js')) },
];
