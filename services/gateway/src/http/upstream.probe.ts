import type { ReadinessCheck } from '@fabrique/service-kit';
import type { Upstreams } from './upstream.registry.js';

/** GET with a hard deadline: a hanging service must not hang the gateway's own answers. */
export function getWithDeadline(url: string, timeoutMs: number): Promise<Response> {
  return fetch(url, {
    signal: AbortSignal.timeout(timeoutMs),
    headers: { accept: 'application/json' },
  });
}

/**
 * One readiness check per configured service: its own /readyz (Mongo and NATS reachable)
 * answers 200 in time. The gateway is ready only when every service behind it is.
 */
export function upstreamReadiness(
  upstreams: Upstreams,
  timeoutMs: number,
): Record<string, ReadinessCheck> {
  return Object.fromEntries(
    upstreams.all.map((upstream) => [
      upstream.name,
      async () => {
        const response = await getWithDeadline(`${upstream.baseUrl}/readyz`, timeoutMs);
        await response.body?.cancel();
        return response.status === 200;
      },
    ]),
  );
}
