import type { Express } from 'express';
import { createServiceApp, openApiDocument, type ServiceAppDeps } from '@fabrique/service-kit';
import { deadLetterRoutes } from './http/dead-letter.routes.js';
import { notificationRoutes } from './http/notification.routes.js';
import { routeDocs } from './http/route-docs.js';
import { unsubscribeRoutes, type UnsubscribeSettings } from './http/unsubscribe.routes.js';
import { EMAIL_DURABLE, EVENTS_DURABLE } from './events/index.js';
import type { NotificationsDeps } from './use-cases/deps.js';
import { notificationsAccess } from './http/access.js';

/** The app's dependencies: the use-cases' and what every service app takes. */
export type AppDeps = NotificationsDeps &
  ServiceAppDeps & {
    unsubscribe: UnsubscribeSettings;
  };

const openApi = openApiDocument({ title: 'Fabrique notifications', version: '1' }, routeDocs, {
  access: notificationsAccess,
  lookups: { '/api/notifications/{id}': 'NOTIFICATION_NOT_FOUND' },
});

/** The notifications HTTP app; never listens (main.ts and tests do). */
export function createApp(deps: AppDeps): Express {
  return createServiceApp(deps, {
    service: 'notifications',
    formRoutes: (app) => {
      app.use('/api/notifications/unsubscribe', unsubscribeRoutes(deps, deps.unsubscribe));
    },
    openApi,
    durables: [EVENTS_DURABLE, EMAIL_DURABLE],
    routes: (app) => {
      // Before the notification routes: their `/:id` would take these words for ids.
      app.use('/api/notifications/dead-letters', deadLetterRoutes(deps, deps.bus));
      app.use('/api/notifications', notificationRoutes(deps));
    },
  });
}
