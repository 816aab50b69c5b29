import express, { type Router } from 'express';

/**
 * The built web UI: its files, and index.html for any other GET outside /api so that the
 * client-side router handles deep links. Mounted after /api, which answers its own 404s.
 */
export function webRoutes(distDir: string): Router {
  const router = express.Router();
  router.use(express.static(distDir, { index: 'index.html' }));
  router.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/api/'))
      return next();
    res.sendFile('index.html', { root: distDir }, (error) => {
      if (error) next(error);
    });
  });
  return router;
}
