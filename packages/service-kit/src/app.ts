import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { commonErrors } from './errors.js';
import { healthRoutes, type ReadinessCheck } from './health.js';
import { httpTelemetry } from './http-telemetry.js';
import type { Logger } from './logger.js';
import { notFoundHandler, problemHandler } from './problem.js';
import { requestId } from './request-id.js';

export interface HttpAppOptions {
  logger: Logger;
  readiness: Record<string, ReadinessCheck>;
  /** Mounts the service's routers. */
  routes: (app: Express) => void;
  /**
   * Routes that take HTML form posts instead of JSON (links opened from an email), mounted
   * before the JSON-only rule; they parse their own small bodies.
   */
  formRoutes?: (app: Express) => void;
  bodyLimit?: string;
  /**
   * Parse JSON bodies (default). The gateway turns it off: it streams bodies through untouched.
   */
  jsonBodies?: boolean;
  /** Routes (POST) that take a CSV file as their body, each with its own size limit. */
  csvUploads?: { path: string; limit: string }[];
}

/** Requests that carry a body must say it is JSON (or be a declared CSV upload, parsed). */
const requireJsonBody: RequestHandler = (req, _res, next) => {
  if (typeof req.body === 'string') return next();
  const hasBody =
    Number(req.get('content-length') ?? 0) > 0 || req.get('transfer-encoding') !== undefined;
  if (hasBody && !req.is('application/json')) throw commonErrors.UNSUPPORTED_MEDIA_TYPE();
  next();
};

// No upgrade-insecure-requests: a village network may serve plain HTTP on its LAN.
const securityHeaders = helmet({
  contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
});

/**
 * The security headers every response carries (helmet's, as configured above), computed once:
 * for code that answers without express (the gateway's fast path).
 */
export function staticSecurityHeaders(): [string, string][] {
  const headers: [string, string][] = [];
  const res = {
    setHeader: (name: string, value: unknown) => headers.push([name, String(value)]),
    removeHeader: () => undefined,
  };
  securityHeaders({} as never, res as never, () => undefined);
  return headers;
}

/** The express 5 app every service starts from: security headers, ids, logs, JSON, errors. */
export function createHttpApp(options: HttpAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback, uniquelocal');
  app.use(securityHeaders);
  app.use(requestId);
  app.use(healthRoutes(options.readiness));
  app.use(httpTelemetry);
  app.use(
    pinoHttp({
      logger: options.logger,
      genReqId: (req) => req.id ?? '',
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
      // One short line per request; headers (tokens, cookies) are never logged.
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  options.formRoutes?.(app);
  for (const upload of options.csvUploads ?? [])
    app.post(upload.path, express.text({ type: 'text/csv', limit: upload.limit }));
  if (options.jsonBodies !== false) {
    app.use(requireJsonBody);
    app.use(express.json({ limit: options.bodyLimit ?? '100kb', strict: true }));
  }
  options.routes(app);
  app.use(notFoundHandler);
  app.use(problemHandler(options.logger));
  return app;
}
