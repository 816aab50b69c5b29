import express, { type Request, type Response, type Router } from 'express';
import { readUnsubscribeToken } from '../domain/unsubscribe-token.js';
import { findRecipient } from '../store/recipient.store.js';
import type { NotificationsDeps } from '../use-cases/deps.js';
import { unsubscribe } from '../use-cases/preferences.js';
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
    const token = String(req.params.token ?? '');
    const target = token.length <= 400 ? readUnsubscribeToken(settings.secret, token) : null;
    const recipient = target ? await findRecipient(deps.models, target.recipientId) : null;
    if (!target || !recipient || recipient.deleted) {
      res.status(404).type('html').send(invalidPage('fr'));
      return null;
    }
    return { kind: target.kind, recipient };
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
