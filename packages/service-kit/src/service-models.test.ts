import mongoose from 'mongoose';
import { looseSchema, modelNameOf } from './loose-schema.js';
import { outboxModelsOf, serviceModels, syncAllIndexes } from './service-models.js';

describe('serviceModels', () => {
  // A connection that never opens: models are made on it, nothing is read or written.
  const connection = mongoose.createConnection();
  afterAll(() => connection.close());

  const bookings = looseSchema('bookings', {}, { outbox: true, model: 'Booking' });
  const walkIns = looseSchema('walk_ins');

  it('names each model as its schema says, else by its key, on the schema’s collection', () => {
    const models = serviceModels(connection, { bookings, walkIns });
    expect(models.bookings.modelName).toBe('Booking');
    expect(models.bookings.collection.collectionName).toBe('bookings');
    expect(models.walkIns.modelName).toBe('walkIns');
    expect(models.walkIns.collection.collectionName).toBe('walk_ins');
    expect(models.idempotency.modelName).toBe('IdempotencyRecord');
  });

  it('gives the same models when asked again on the same connection', () => {
    const first = serviceModels(connection, { bookings });
    expect(serviceModels(connection, { bookings }).bookings).toBe(first.bookings);
  });

  it('finds the models whose documents carry an outbox from their schemas, nothing else', () => {
    const models = serviceModels(connection, { bookings, walkIns });
    expect(outboxModelsOf(models).map((m) => m.modelName)).toEqual(['Booking']);
  });

  it('remembers a schema’s model name, and none where none was given', () => {
    expect(modelNameOf(bookings)).toBe('Booking');
    expect(modelNameOf(walkIns)).toBeUndefined();
  });
});

describe('syncAllIndexes', () => {
  it('syncs every model, those grouped in nested objects too, one after the other', async () => {
    const synced: string[] = [];
    const model = (name: string) => ({
      syncIndexes: async () => {
        synced.push(`${name}:start`);
        await new Promise((resolve) => setTimeout(resolve, 1));
        synced.push(`${name}:end`);
      },
    });
    await syncAllIndexes({ accounts: model('a'), tokens: { live: model('l'), used: model('u') } });
    expect(synced).toEqual(['a:start', 'a:end', 'l:start', 'l:end', 'u:start', 'u:end']);
  });
});
