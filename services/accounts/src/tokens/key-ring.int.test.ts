import { SignJWT, generateKeyPair } from 'jose';
import mongoose, { type Connection } from 'mongoose';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from '@fabrique/contracts';
import { verifyAccessToken } from '@fabrique/service-kit';
import { isolatedEnvironment } from '@fabrique/testkit';
import { signingKeyModel, type SigningKeyModel } from '../store/signing-key.store.js';
import { signAccessToken } from './access-token.js';
import { KeyRing } from './key-ring.js';

const env = isolatedEnvironment('keys');
const DAY = 24 * 3600 * 1000;
let connection: Connection;
let model: SigningKeyModel;
let clock: Date;
const claims = {
  sub: 'acc-1',
  roles: ['resident' as const],
  commune: 'vassieux-en-vercors',
  orgs: [],
  email_verified: false,
};

function ring() {
  return new KeyRing({ model, rotationMs: 30 * DAY, now: () => clock });
}

beforeAll(async () => {
  connection = await mongoose.createConnection(env.mongoUrl, { dbName: env.dbName }).asPromise();
  model = signingKeyModel(connection);
  await model.syncIndexes();
});

afterAll(async () => {
  await connection.dropDatabase();
  await connection.close();
});

beforeEach(async () => {
  await model.deleteMany({});
  clock = new Date('2026-11-01T12:00:00Z');
});

describe('access tokens and key rotation', () => {
  it('verifies a fresh token and exposes only public keys', async () => {
    const keys = ring();
    const token = await signAccessToken(claims, await keys.signingKey(), 900, new Date());
    await expect(verifyAccessToken(token, keys.verificationKeys())).resolves.toEqual({
      accountId: 'acc-1',
      roles: ['resident'],
      commune: 'vassieux-en-vercors',
      organisations: [],
      issuedAt: expect.any(Number),
      emailVerified: false,
    });
    const jwks = await keys.jwks();
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });

  it('rejects an expired token', async () => {
    const keys = ring();
    const token = await signAccessToken(
      claims,
      await keys.signingKey(),
      60,
      new Date(Date.now() - 120_000),
    );
    await expect(verifyAccessToken(token, keys.verificationKeys())).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      detail: { fr: 'Le jeton d’accès a expiré.', en: 'The access token has expired.' },
    });
  });

  it('rejects a forged payload and a token signed by another key under the same kid', async () => {
    const keys = ring();
    const token = await signAccessToken(claims, await keys.signingKey(), 900, new Date());
    const [header, payload, signature] = token.split('.');
    const forgedPayload = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload!, 'base64url').toString()),
        roles: ['coordinator'],
      }),
    ).toString('base64url');
    await expect(
      verifyAccessToken(`${header}.${forgedPayload}.${signature}`, keys.verificationKeys()),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });

    const intruder = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const kid = (await keys.signingKey()).kid;
    const foreign = await new SignJWT({ roles: ['coordinator'], commune: 'x', orgs: [] })
      .setProtectedHeader({ alg: 'EdDSA', kid })
      .setSubject('acc-1')
      .setIssuer(ACCESS_TOKEN_ISSUER)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setExpirationTime('5m')
      .sign(intruder.privateKey);
    await expect(verifyAccessToken(foreign, keys.verificationKeys())).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('rotates: the previous key still verifies for one period, then no more', async () => {
    const keys = ring();
    const first = await keys.signingKey();
    const old = await signAccessToken(claims, first, 900, new Date());
    clock = new Date(clock.getTime() + 30 * DAY);
    const next = await keys.signingKey();
    expect(next.kid).not.toBe(first.kid);
    expect((await keys.jwks()).keys.map((k) => k.kid)).toEqual([next.kid, first.kid]);
    await expect(verifyAccessToken(old, keys.verificationKeys())).resolves.toMatchObject({
      accountId: 'acc-1',
    });
    clock = new Date(clock.getTime() + 30 * DAY);
    await keys.signingKey();
    await expect(verifyAccessToken(old, keys.verificationKeys())).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('makes replicas agree on one key per period', async () => {
    const kids = await Promise.all(
      Array.from({ length: 5 }, async () => (await ring().signingKey()).kid),
    );
    expect(new Set(kids).size).toBe(1);
    expect(await model.countDocuments()).toBe(1);
  });
});
