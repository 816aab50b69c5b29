import type { Router } from 'express';
import express from 'express';

/** A named readiness check; resolves true when the dependency answers. */
export type ReadinessCheck = () => Promise<boolean>;

/** `/healthz`: the process is alive. `/readyz`: every dependency answers (503 otherwise). */
export function healthRoutes(checks: Record<string, ReadinessCheck>): Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const entries = await Promise.all(
      Object.entries(checks).map(
        // A check that throws is a dependency that is down: the answer names it.
        async ([name, check]) => [name, await check().catch(() => false)] as const,
      ),
    );
    const ready = entries.every(([, ok]) => ok);
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : 'unavailable',
      checks: Object.fromEntries(entries.map(([name, ok]) => [name, ok ? 'up' : 'down'])),
    });
  });
  return router;
}
