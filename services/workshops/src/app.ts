import type { Express } from 'express';
import { createServiceApp, openApiDocument, type ServiceAppDeps } from '@fabrique/service-kit';
import { calendarRoutes } from './http/calendar.routes.js';
import { routeDocs } from './http/route-docs.js';
import { sessionRoutes } from './http/session.routes.js';
import { venueRoutes } from './http/venue.routes.js';
import { workshopRoutes } from './http/workshop.routes.js';
import { DURABLE } from './events/index.js';
import type { WorkshopsDeps } from './use-cases/deps.js';
import { workshopsAccess } from './http/access.js';

/** The app's dependencies: the use-cases' and what every service app takes. */
export type AppDeps = WorkshopsDeps &
  ServiceAppDeps & {
    publicUrl: string;
  };

const openApi = openApiDocument({ title: 'Fabrique workshops', version: '1' }, routeDocs, {
  access: workshopsAccess,
  lookups: {
    '/api/workshops/{id}': 'WORKSHOP_NOT_FOUND',
    '/api/calendar/workshops/{id}': 'WORKSHOP_NOT_FOUND',
    '/api/sessions/{id}': 'SESSION_NOT_FOUND',
    '/api/venues/{id}': 'VENUE_NOT_FOUND',
  },
});

/** The workshops HTTP app; never listens (main.ts and tests do). */
export function createApp(deps: AppDeps): Express {
  return createServiceApp(deps, {
    service: 'workshops',
    openApi,
    durables: [DURABLE],
    routes: (app) => {
      app.use('/api/venues', venueRoutes(deps));
      app.use('/api/workshops', workshopRoutes(deps));
      app.use('/api/sessions', sessionRoutes(deps));
      app.use('/api/calendar', calendarRoutes(deps, deps.publicUrl));
    },
  });
}
