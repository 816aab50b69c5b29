// The bench plays accounts: its own JWKS on loopback, and tokens for any person and roles.
import { createServer } from 'node:http';
import { importFromBookings, importPackage } from '../bookings/workspace.mjs';

const { SignJWT, exportJWK, generateKeyPair } = await importFromBookings('jose');
const { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } = await importPackage('contracts');

const KID = 'bench-history';
const ALG = 'EdDSA';

export async function startJwks() {
  const { publicKey, privateKey } = await generateKeyPair(ALG, { crv: 'Ed25519' });
  const body = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: KID, alg: ALG }] });
  const server = createServer((_req, res) => {
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
