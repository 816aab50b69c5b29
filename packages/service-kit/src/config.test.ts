import { z } from 'zod';
import { baseConfigSchema, ConfigError, loadConfig } from './config.js';

const schema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(8081),
});

describe('loadConfig', () => {
  it('applies defaults and coerces numbers', () => {
    const config = loadConfig(schema, {
      MONGO_URL: 'mongodb://127.0.0.1:27017/x',
      NATS_URL: 'nats://127.0.0.1:4222',
    });
    expect(config).toMatchObject({
      PORT: 8081,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      NATS_NAMESPACE: '',
      OUTBOX_RELAY_ENABLED: true,
    });
  });

  it('lists every bad variable at once', () => {
    let caught: unknown;
    try {
      loadConfig(schema, {
        PORT: 'eighty',
        MONGO_URL: 'postgres://x',
        LOG_LEVEL: 'loud',
        OUTBOX_RELAY_ENABLED: 'maybe',
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const problems = (caught as ConfigError).problems.map((p) => p.split(':')[0]);
    expect(problems.sort()).toEqual([
      'LOG_LEVEL',
      'MONGO_URL',
      'NATS_URL',
      'OUTBOX_RELAY_ENABLED',
      'PORT',
    ]);
    expect((caught as ConfigError).message).toContain('NATS_URL');
  });
});
