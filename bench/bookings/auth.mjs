// The bench plays accounts: it serves its own JWKS on loopback and signs residents' access
// tokens with the matching Ed25519 key, so the service verifies them exactly as in production.
import { createServer } from 'node:http';
import { importFromBookings, importPackage } from './workspace.mjs';

const { SignJWT, exportJWK, generateKeyPair } = await importFromBookings('jose');
const { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } = await importPackage('contracts');

const KID = 'bench';
const ALG = 'EdDSA';

/**
 * Starts the JWKS server on a free loopback port; `sign(sub, roles)` issues an access token
 * (a resident's by default), valid for two hours: the longest benchmark's whole run.
 */
export async function startJwks() {
  const { publicKey, privateKey } = await generateKeyPair(ALG, { crv: 'Ed25519' });
  const body = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: KID, alg: ALG }] });
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const sign = (sub, roles = ['resident']) =>
    new SignJWT({ roles, commune: 'vassieux-en-vercors', orgs: [] })
      .setProtectedHeader({ alg: ALG, kid: KID })
      .setSubject(sub)
      .setIssuer(ACCESS_TOKEN_ISSUER)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('2h')
      .sign(privateKey);
  return {
    url: `http://127.0.0.1:${server.address().port}/jwks.json`,
    sign,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * `count` residents with their tokens, signed before any measurement so that signing never
 * competes with the service for the CPU.
 */
export async function residents(jwks, prefix, count) {
  const ids = Array.from({ length: count }, (_, i) => `${prefix}-${i + 1}`);
  const tokens = [];
  for (let i = 0; i < ids.length; i += 1_000)
    tokens.push(...(await Promise.all(ids.slice(i, i + 1_000).map((id) => jwks.sign(id)))));
  return ids.map((id, i) => ({ id, token: tokens[i] }));
}
