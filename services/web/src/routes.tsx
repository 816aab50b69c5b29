import { Route, Switch } from 'wouter-preact';
import { accountRoutes } from './pages/account/routes.js';
import { adminRoutes } from './pages/admin/routes.js';
import { bookingsRoutes } from './pages/bookings/routes.js';
import { catalogueRoutes } from './pages/catalogue/routes.js';
import { fundsRoutes } from './pages/funds/routes.js';
import { hostRoutes } from './pages/host/routes.js';
import { notificationsRoutes } from './pages/notifications/routes.js';
import { roundsRoutes } from './pages/rounds/routes.js';
import { NotFoundPage } from './pages/not-found-page.js';

const ROUTES = [
  ...catalogueRoutes,
  ...bookingsRoutes,
  ...accountRoutes,
  ...notificationsRoutes,
  ...roundsRoutes,
  ...hostRoutes,
  ...fundsRoutes,
  ...adminRoutes,
];

/** Every page of the app (paths in English: the links in emails point to them). */
export function Routes() {
  return (
    <Switch>
      {ROUTES.map(({ path, component }) => (
        <Route key={path} path={path} component={component} />
      ))}
      <Route component={NotFoundPage} />
    </Switch>
  );
}
