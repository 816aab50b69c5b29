import { lazyPage, type RouteDef } from '../../lazy-page.js';

/** The notifications pages (emails link to /notifications/preferences). */
export const notificationsRoutes: RouteDef[] = [
  { path: '/notifications', component: lazyPage(() => import('./notifications-page.js')) },
  {
    path: '/notifications/preferences',
    component: lazyPage(() => import('./preferences-page.js')),
  },
];
