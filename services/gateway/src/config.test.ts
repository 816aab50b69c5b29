import { ConfigError } from '@fabrique/service-kit';
import { loadGatewayConfig, upstreamUrls } from './config.js';

describe('loadGatewayConfig', () => {
  it('has defaults, and takes the key set from accounts', () => {
    const config = loadGatewayConfig({ ACCOUNTS_URL: 'http://127.0.0.1:8081/' });
    expect(config).toMatchObject({
      PORT: 8080,
      JWKS_URL: 'http://127.0.0.1:8081/api/auth/jwks.json',
      CORS_ORIGINS: [],
      RATE_LIMIT_MAX: 600,
      AUTH_RATE_LIMIT_MAX: 30,
      UPSTREAM_TIMEOUT_MS: 10_000,
      BODY_LIMIT_BYTES: 1024 * 1024,
    });
    expect(upstreamUrls(config)).toEqual({ accounts: 'http://127.0.0.1:8081' });
  });

  it('treats empty variables as unset and parses the origin list', () => {
    const config = loadGatewayConfig({
      FUNDS_URL: 'http://127.0.0.1:8084',
      WORKSHOPS_URL: '',
      JWKS_URL: 'http://127.0.0.1:9000/jwks.json',
      CORS_ORIGINS: ' https://a.example , http://localhost:5173,',
    });
    expect(upstreamUrls(config)).toEqual({ funds: 'http://127.0.0.1:8084' });
    expect(config.CORS_ORIGINS).toEqual(['https://a.example', 'http://localhost:5173']);
  });

  it('starts without any service, and then needs no key set', () => {
    expect(loadGatewayConfig({}).JWKS_URL).toBeUndefined();
  });

  it('lists every bad variable at once', () => {
    let error: unknown;
    try {
      loadGatewayConfig({
        BOOKINGS_URL: 'ftp://x',
        CORS_ORIGINS: 'https://ok.example,https://bad.example/path',
        RATE_LIMIT_MAX: '0',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/BOOKINGS_URL/);
    expect(problems).toMatch(/CORS_ORIGINS/);
    expect(problems).toMatch(/RATE_LIMIT_MAX/);
  });

  it('needs a key set as soon as a service is routed', () => {
    expect(() => loadGatewayConfig({ FUNDS_URL: 'http://127.0.0.1:8084' })).toThrow(
      /JWKS_URL: set JWKS_URL or ACCOUNTS_URL/,
    );
  });
});
