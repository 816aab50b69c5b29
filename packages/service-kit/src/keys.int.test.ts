import { createServer, type Server } from 'node:http';
import { freePort, testTokens } from '@fabrique/testkit';
import { verifyAccessToken } from './auth.js';
import { AppError } from './errors.js';
import { remoteKeys } from './keys.js';

// Accounts' key set served on loopback, or not (accounts down, or a replica started meanwhile).
let port: number;
let server: Server | undefined;
const tokens = await testTokens();

const serveKeys = () =>
  new Promise<void>((resolve) => {
    server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(tokens.jwks));
    }).listen(port, '127.0.0.1', () => resolve());
  });

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) =>
      error instanceof AppError ? { status: error.status, code: error.code } : error,
  );

beforeAll(async () => {
  port = await freePort();
});

afterAll(() => new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined))));

describe('tokens checked against a remote key set', () => {
  it('answers 503 AUTH_UNAVAILABLE while the keys cannot be fetched, then accepts the token; a foreign key stays 401', async () => {
    const keys = remoteKeys(`http://127.0.0.1:${port}/api/auth/jwks.json`);
    const token = await tokens.sign({ sub: 'acc_keys' });
    expect(await refusal(verifyAccessToken(token, keys))).toEqual({
      status: 503,
      code: 'AUTH_UNAVAILABLE',
    });

    await serveKeys();
    expect((await verifyAccessToken(token, keys)).accountId).toBe('acc_keys');

    const foreign = await (await testTokens()).sign({ sub: 'acc_keys' });
    expect(await refusal(verifyAccessToken(foreign, keys))).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
  });
});
