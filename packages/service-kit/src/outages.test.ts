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

  it('leaves every other error alone (a bug stays a 500)', () => {
    expect(outageOf(new TypeError('x is undefined'))).toBeUndefined();
    expect(outageOf(named('MongoServerError', 'E11000 duplicate key'))).toBeUndefined();
    expect(outageOf('a string')).toBeUndefined();
  });
});

describe('outageOf, raw socket errors', () => {
  it('counts the driver’s unwrapped EPIPE as the database down, not any EPIPE', () => {
    const fromDriver = Object.assign(new Error('This socket has been ended by the other party'), {
      code: 'EPIPE',
      stack:
        'Error: This socket has been ended by the other party\n    at Connection.writeCommand (/app/node_modules/mongodb/lib/cmap/connection.js:1:1)',
    });
    expect(outageOf(fromDriver)?.code).toBe('STORE_UNAVAILABLE');
    const elsewhere = Object.assign(new Error('write EPIPE'), {
      code: 'EPIPE',
      stack:
        'Error: write EPIPE\n    at SMTPConnection._send (/app/node_modules/nodemailer/lib/x.js:1:1)',
    });
    expect(outageOf(elsewhere)).toBeUndefined();
  });
});
