import { lazyPage, type RouteDef } from '../../lazy-page.js';

/** The account pages. */
export const accountRoutes: RouteDef[] = [
  { path: '/sign-up', component: lazyPage(() => import('./sign-up-page.js')) },
  { path: '/sign-in', component: lazyPage(() => import('./sign-in-page.js')) },
  {
    path: '/forgot-password',
    component: lazyPage(() => import('./forgot-password-page.js')),
  },
  { path: '/verify-email', component: lazyPage(() => import('./verify-email-page.js')) },
  { path: '/reset-password', component: lazyPage(() => import('./reset-password-page.js')) },
  { path: '/profile', component: lazyPage(() => import('./profile-page.js')) },
];
