import { lazyPage, type RouteDef } from '../../lazy-page.js';

/**
 * The funds pages (`/funds/{id}` is linked from emails). Each is its own chunk: the public
 * dashboard, the contribution form and the statement stay apart from the back office.
 */
export const fundsRoutes: RouteDef[] = [
  { path: '/funds', component: lazyPage(() => import('./funds-page.js')) },
  { path: '/funds/:id/contribute', component: lazyPage(() => import('./contribute-page.js')) },
  { path: '/funds/:id/statement', component: lazyPage(() => import('./statement-page.js')) },
  { path: '/funds/:id/manage', component: lazyPage(() => import('./manage-page.js')) },
  { path: '/funds/:id', component: lazyPage(() => import('./fund-page.js')) },
];
