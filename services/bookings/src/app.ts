import type { Express } from 'express';
import { createServiceApp, openApiDocument, type ServiceAppDeps } from '@fabrique/service-kit';
import { bookingRoutes } from './http/booking.routes.js';
import { calendarRoutes } from './http/calendar.routes.js';
import { rosterRoutes } from './http/roster.routes.js';
import { routeDocs } from './http/route-docs.js';
import { DURABLE } from './events/index.js';
import type { BookingsDeps } from './use-cases/deps.js';
import { bookingsAccess } from './http/access.js';

/** The app's dependencies: the use-cases' and what every service app takes. */
export type AppDeps = BookingsDeps &
  ServiceAppDeps & {
    publicUrl: string;
  };

const openApi = openApiDocument({ title: 'Fabrique bookings', version: '1' }, routeDocs, {
  access: bookingsAccess,
  lookups: {
    '/api/bookings/{id}': 'BOOKING_NOT_FOUND',
    '/api/bookings/sessions/{sessionId}': 'SESSION_NOT_FOUND',
    '/api/rosters/{sessionId}': 'SESSION_NOT_FOUND',
  },
});

/** The bookings HTTP app; never listens (main.ts and tests do). */
export function createApp(deps: AppDeps): Express {
  return createServiceApp(deps, {
    service: 'bookings',
    openApi,
    durables: [DURABLE],
    routes: (app) => {
      // Calendar feeds first: `/api/bookings/calendar/…` is not a booking id.
      app.use('/api/bookings/calendar', calendarRoutes(deps, deps.publicUrl));
      app.use('/api/bookings', bookingRoutes(deps));
      app.use('/api/rosters', rosterRoutes(deps));
    },
  });
}
