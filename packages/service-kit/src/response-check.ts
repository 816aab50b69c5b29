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

/**
 * In tests (NODE_ENV=test, as jest sets it), every JSON success answer is checked against the
 * schema its route documents: one that does not match is logged with its issues and answered
 * 500, so that the test that made it fails. The document then says exactly what the service
 * answers. Off elsewhere: a check of every answer is for tests, not for residents.
 */
export function responseCheck(routes: RouteDoc[], logger: Logger): RequestHandler {
  const matchers = routes.map(matcherOf).sort((a, b) => a.params - b.params);
  return (req, res, next) => {
    const path = req.originalUrl.split('?')[0] ?? '';
    const match = matchers.find((m) => m.method === req.method && m.pattern.test(path));
    if (!match) return next();
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      const schema = match.route.responses[res.statusCode]?.schema;
      // Checked as the client reads it: dates are strings once in JSON.
      const sent: unknown = body === undefined ? body : JSON.parse(JSON.stringify(body));
      const result = res.statusCode < 300 && schema ? schema.safeParse(sent) : undefined;
      if (!result || result.success) return json(body);
      const operation = `${match.method} ${match.route.path} → ${res.statusCode}`;
      logger.error({ issues: result.error.issues }, `${operation} does not match its schema`);
      sendProblem(res, commonErrors.INTERNAL());
      return res;
    };
    next();
  };
}
