import type { Express } from 'express';
import type { Bus } from '@fabrique/bus';
import {
  createServiceApp,
  openApiDocument,
  type KeyResolver,
  type ReadinessCheck,
} from '@fabrique/service-kit';
import { deadLetterRoutes } from './http/dead-letter.routes.js';
import { notificationRoutes } from './http/notification.routes.js';
import { routeDocs } from './http/route-docs.js';
import { unsubscribeRoutes, type UnsubscribeSettings } from './http/unsubscribe.routes.js';
import { EMAIL_DURABLE, EVENTS_DURABLE } from './events/index.js';
import { outboxModels } from './store/models.js';
import type { NotificationsDeps } from './use-cases/deps.js';
import { notificationsAccess } from './http/access.js';

export interface AppDeps extends NotificationsDeps {
  bus: Bus;
  keys: KeyResolver;
  readiness: Record<string, ReadinessCheck>;
  unsubscribe: UnsubscribeSettings;
  bodyLimit?: string;
}

const openApi = openApiDocument({ title: 'Fabrique notifications', version: '1' }, routeDocs, {
  access: notificationsAccess,
  lookups: { '/api/notifications/{id}': 'NOTIFICATION_NOT_FOUND' },
});

/** The notifications HTTP app; never listens (main.ts and tests do). */
export function createApp(deps: AppDeps): Express {
  return createServiceApp({
    service: 'notifications',
    logger: deps.logger,
    readiness: deps.readiness,
    ...(deps.bodyLimit !== undefined && { bodyLimit: deps.bodyLimit }),
    formRoutes: (app) => {
      app.use('/api/notifications/unsubscribe', unsubscribeRoutes(deps, deps.unsubscribe));
    },
    openApi,
    keys: deps.keys,
    idempotency: deps.models.idempotency,
    revoked: deps.revoked,
    bus: deps.bus,
    durables: [EVENTS_DURABLE, EMAIL_DURABLE],
    outboxModels: outboxModels(deps.models),
    routes: (app) => {
      // Before the notification routes: their `/:id` would take these words for ids.
      app.use('/api/notifications/dead-letters', deadLetterRoutes(deps, deps.bus));
      app.use('/api/notifications', notificationRoutes(deps));
    },
  });
}
