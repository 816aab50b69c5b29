import type { RequestHandler } from 'express';
import { commonErrors } from './errors.js';
import type { Logger } from './logger.js';
import type { RouteDoc } from './openapi.js';
import { sendProblem } from './problem.js';

/** The routes a document was made from, kept with it (symbol keys stay out of its JSON). */
const ROUTES = Symbol('routes');

export function keepRoutes<T extends object>(document: T, routes: RouteDoc[]): T {
  Object.defineProperty(document, ROUTES, { value: routes, enumerable: false });
  return document;
}

export const routesOf = (document: object): RouteDoc[] =>
  (document as { [ROUTES]?: RouteDoc[] })[ROUTES] ?? [];

function matcherOf(route: RouteDoc) {
  const source = route.path.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+');
  return {
    route,
    method: route.method.toUpperCase(),
    pattern: new RegExp(`^${source}$`),
    // A literal segment wins over a parameter (`/kinds` before `/{id}`).
    params: (route.path.match(/\{/g) ?? []).length,
  };
}

type Matcher = ReturnType<typeof matcherOf>;

/** What is wrong with a success answer, by the document; undefined when nothing is. */
function flawOf(match: Matcher | undefined, status: number, sent: unknown, isJson: boolean) {
  if (status >= 300) return undefined;
  if (!match) return { message: 'answers on a route its document does not give' };
  const documented = match.route.responses[status];
  if (!documented) return { message: `answers ${status}, which its document does not give` };
  if (!documented.schema || !isJson) return undefined;
  const result = documented.schema.safeParse(sent);
  return result.success
    ? undefined
    : { message: 'does not match its schema', issues: result.error.issues };
}

/** The body as the client reads it: JSON parsed back, so dates are strings. */
function asRead(body: unknown, isJson: boolean): unknown {
  if (!isJson) return body;
  if (typeof body === 'string') return JSON.parse(body) as unknown;
  return body === undefined ? body : (JSON.parse(JSON.stringify(body)) as unknown);
}

/**
 * In tests (NODE_ENV=test, as jest sets it), every success answer under `/api/` is held to the
 * document: a route or a status it does not give, or a JSON body that does not match the
 * schema of its route, is logged and answered 500, so that the test that made it fails. The
 * document then says exactly what the service answers. Off elsewhere: a check of every answer
 * is for tests, not for residents.
 */
export function responseCheck(routes: RouteDoc[], logger: Logger): RequestHandler {
  const matchers = routes.map(matcherOf).sort((a, b) => a.params - b.params);
  return (req, res, next) => {
    const path = req.originalUrl.split('?')[0] ?? '';
    if (!path.startsWith('/api/')) return next();
    const match = matchers.find((m) => m.method === req.method && m.pattern.test(path));
    const send = res.send.bind(res);
    let checked = false;
    // `send` is where every answer with a body goes (`json` calls it with the JSON text).
    res.send = (body?: unknown) => {
      if (checked) return send(body);
      checked = true;
      const isJson =
        /json/.test(String(res.get('content-type') ?? '')) ||
        (typeof body === 'object' && !Buffer.isBuffer(body));
      const flaw = flawOf(match, res.statusCode, asRead(body, isJson), isJson);
      if (!flaw) return send(body);
      const operation = `${req.method} ${match?.route.path ?? path} → ${res.statusCode}`;
      logger.error({ issues: flaw.issues }, `${operation} ${flaw.message}`);
      sendProblem(res, commonErrors.INTERNAL());
      return res;
    };
    next();
  };
}
