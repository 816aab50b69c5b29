import express, { type Request, type Response, type Router } from 'express';
import type { NotificationsDeps } from '../use-cases/deps.js';
import { unsubscribe } from '../use-cases/preferences.js';
import { unsubscribeTarget } from '../use-cases/unsubscribe-link.js';
import { unsubscribeParams } from './schemas.js';
import { confirmPage, donePage, invalidPage } from './unsubscribe-page.js';

export interface UnsubscribeSettings {
  secret: string;
  publicUrl: string;
}

/**
 * The links in non-essential emails (public: the token is the proof). GET asks, POST does —
 * the POST is also what mail clients send for RFC 8058 one-click unsubscribe.
 */
export function unsubscribeRoutes(deps: NotificationsDeps, settings: UnsubscribeSettings): Router {
  const router = express.Router();

  const resolve = async (req: Request, res: Response) => {
    // A malformed link is shown the same page as a forged one: its reader is no API client.
    const params = unsubscribeParams.safeParse(req.params);
    const found = params.success
      ? await unsubscribeTarget(deps, settings.secret, params.data.token)
      : null;
    if (!found) res.status(404).type('html').send(invalidPage('fr'));
    return found;
  };

  router.get('/:token', async (req, res) => {
    const found = await resolve(req, res);
    if (!found) return;
    // The form posts back to this same address, whichever host served it.
    res.type('html').send(confirmPage(found.recipient.locale, found.kind));
  });

  router.post(
    '/:token',
    express.urlencoded({ extended: false, limit: '1kb' }),
    async (req, res) => {
      const found = await resolve(req, res);
      if (!found) return;
      await unsubscribe(deps, found.recipient.id, found.kind);
      const preferencesUrl = `${settings.publicUrl}/notifications/preferences`;
      res.type('html').send(donePage(found.recipient.locale, found.kind, preferencesUrl));
    },
  );

  return router;
}
