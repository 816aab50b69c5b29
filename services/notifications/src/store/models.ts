import type { Connection, Model, Schema } from 'mongoose';
import { idempotencyModel, type LooseDocument } from '@fabrique/service-kit';
import {
  bookingSchema,
  fundSchema,
  membershipSchema,
  notificationSchema,
  preferenceSchema,
  recipientSchema,
  sessionSchema,
  venueSchema,
} from './schemas.js';

type LooseModel = Model<LooseDocument>;

/** Every collection of the notifications database. */
export function notificationsModels(connection: Connection) {
  const model = (name: string, schema: Schema<LooseDocument>) =>
    connection.model<LooseDocument, LooseModel>(name, schema);
  return {
    recipients: model('Recipient', recipientSchema),
    memberships: model('Membership', membershipSchema),
    sessions: model('Session', sessionSchema),
    venues: model('Venue', venueSchema),
    bookings: model('Booking', bookingSchema),
    funds: model('Fund', fundSchema),
    preferences: model('Preference', preferenceSchema),
    notifications: model('Notification', notificationSchema),
    idempotency: idempotencyModel(connection),
  };
}

export type NotificationsModels = ReturnType<typeof notificationsModels>;

export async function syncIndexes(models: NotificationsModels): Promise<void> {
  for (const model of Object.values(models)) await model.syncIndexes();
}

/** Collections whose documents carry an outbox of pending events for the relay. */
export function outboxModels(models: NotificationsModels) {
  return [models.notifications];
}
