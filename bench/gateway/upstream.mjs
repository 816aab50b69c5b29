// Child process: a service as the real ones are built (service-kit's createHttpApp), with one
// authenticated route (`authenticate` + `requireAuth`, keys from a local JWKS) and the JWKS
// published where accounts publishes it, so the gateway fetches it as in production. It signs
// one access token for the benchmark and hands it to the parent with its port.
import { importFromGateway, reportListening } from './workspace.mjs';

const { exportJWK, generateKeyPair, SignJWT, createLocalJWKSet } = await importFromGateway('jose');
const kit = await importFromGateway('@fabrique/service-kit');
const contracts = await importFromGateway('@fabrique/contracts');

const ALG = contracts.ACCESS_TOKEN_ALGORITHM;
const { privateKey, publicKey } = await generateKeyPair(ALG, { crv: 'Ed25519', extractable: true });
const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'bench-1', alg: ALG, use: 'sig' }] };
const keys = createLocalJWKSet(jwks);

const token = await new SignJWT({ roles: ['resident'], commune: 'Vassieux-en-Vercors', orgs: [] })
  .setProtectedHeader({ alg: ALG, kid: 'bench-1' })
  .setSubject('bench-account')
  .setIssuer(contracts.ACCESS_TOKEN_ISSUER)
  .setAudience(contracts.ACCESS_TOKEN_AUDIENCE)
  .setIssuedAt()
  .setExpirationTime('2h')
  .sign(privateKey);

const app = kit.createHttpApp({
  logger: kit.createLogger('bench-upstream', process.env.LOG_LEVEL ?? 'silent'),
  readiness: {},
  routes: (router) => {
    router.get('/api/auth/jwks.json', (_req, res) => {
      res.json(jwks);
    });
    router.get('/api/me', kit.authenticate(keys), kit.requireAuth, (req, res) => {
      const principal = kit.principalOf(req);
      res.json({ id: principal.accountId, roles: principal.roles, commune: principal.commune });
    });
  },
});

reportListening(app.listen(0, '127.0.0.1'), { token });
