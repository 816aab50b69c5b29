import { outageOf } from './outages.js';

const named = (name: string, message = 'x', cause?: unknown) =>
  Object.assign(new Error(message, { cause }), { name });

describe('outageOf', () => {
  it('answers 503 STORE_UNAVAILABLE for the driver’s errors of an unreachable server', () => {
    for (const name of ['MongoServerSelectionError', 'MongoNetworkError', 'MongoPoolClearedError'])
      expect(outageOf(named(name))).toMatchObject({ status: 503, code: 'STORE_UNAVAILABLE' });
    const buffering = named(
      'MongooseError',
      'Operation `x.find()` buffering timed out after 10000ms',
    );
    expect(outageOf(buffering)?.code).toBe('STORE_UNAVAILABLE');
  });

  it('answers 503 BROKER_UNAVAILABLE for a broker that is gone, also as a cause', () => {
    const wrapped = new Error('publish failed', { cause: named('ClosedConnectionError') });
    expect(outageOf(wrapped)).toMatchObject({ status: 503, code: 'BROKER_UNAVAILABLE' });
  });

  it('leaves every other error alone (a bug stays a 500)', () => {
    expect(outageOf(new TypeError('x is undefined'))).toBeUndefined();
    expect(outageOf(named('MongoServerError', 'E11000 duplicate key'))).toBeUndefined();
    expect(outageOf('a string')).toBeUndefined();
  });
});
