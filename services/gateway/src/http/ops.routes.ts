import express, { type Request, type Router } from 'express';
import { decodeJwt } from 'jose';
import { accessTokenClaimsSchema } from '@fabrique/contracts';
import { commonErrors, type Logger } from '@fabrique/service-kit';
import { checkAccess, type EdgeAuthDeps } from './auth.edge.js';
import type { Upstream, Upstreams } from './upstream.registry.js';

/*
 * The operations surface: `/api/ops/<service>/…` belongs to the service named by the second
 * segment (each serves its own status and dead letters), and `GET /api/ops` is the gateway's
 * overview of all of them. Coordinators only, checked here too: a service that forgot its
 * own check would still not expose its dead letters to anyone else.
 */

/** The configured service named by the segment after `ops`, if any. */
export function opsUpstream(upstreams: Upstreams, service: string): Upstream | undefined {
  return upstreams.all.find((upstream) => upstream.name === service);
}

/**
 * 401 without a valid token, 403 without the coordinator role. The token was verified by
 * `checkAccess` (or is in its cache of verified tokens), so its claims can be read as they are.
 */
export async function requireCoordinator(req: Request, edge: EdgeAuthDeps): Promise<void> {
  await checkAccess(req, edge);
  const token = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];
  if (token === undefined) throw commonErrors.UNAUTHENTICATED();
  const claims = accessTokenClaimsSchema.safeParse(decodeJwt(token));
  if (!claims.success || !claims.data.roles.includes('coordinator')) {
    throw commonErrors.FORBIDDEN({
      fr: 'Les routes d’exploitation demandent le rôle coordination.',
      en: 'The operations routes need the role coordinator.',
    });
  }
}

export interface OpsOverviewDeps {
  upstreams: Upstreams;
  edge: EdgeAuthDeps;
  timeoutMs: number;
  logger: Logger;
}

type ServiceStatus = Record<string, unknown> | { error: string };

/** One service's status, with the caller's token (the service checks the role again). */
async function statusOf(
  upstream: Upstream,
  authorization: string,
  timeoutMs: number,
): Promise<ServiceStatus> {
  const response = await fetch(`${upstream.baseUrl}/api/ops/${upstream.name}/status`, {
    signal: AbortSignal.timeout(timeoutMs),
    headers: { accept: 'application/json', authorization },
  });
  if (!response.ok) {
    await response.body?.cancel();
    return { error: `GET /api/ops/${upstream.name}/status answered ${response.status}` };
  }
  return (await response.json()) as Record<string, unknown>;
}

/** `GET /api/ops`: every configured service's status, asked at once; a failing one is marked. */
export function opsOverviewRoutes(deps: OpsOverviewDeps): Router {
  const router = express.Router();
  router.get('/', async (req, res) => {
    await requireCoordinator(req, deps.edge);
    const authorization = req.get('authorization') ?? '';
    const results = await Promise.allSettled(
      deps.upstreams.all.map((upstream) => statusOf(upstream, authorization, deps.timeoutMs)),
    );
    const services: Record<string, ServiceStatus> = {};
    results.forEach((result, index) => {
      const service = deps.upstreams.all[index]!.name;
      if (result.status === 'fulfilled') services[service] = result.value;
      else {
        deps.logger.warn({ err: result.reason, service }, 'operations status unavailable');
        services[service] = { error: `${service} cannot be reached or did not answer in time` };
      }
    });
    res.set('Cache-Control', 'no-store').json({ services });
  });
  return router;
}
