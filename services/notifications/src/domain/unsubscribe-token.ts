import { createHmac, timingSafeEqual } from 'node:crypto';
import { NOTIFICATION_KINDS, isEssential, type NotificationKind } from './kinds.js';

/**
 * One-click unsubscribe links (RFC 8058) carry who and which kind, signed with the service's
 * secret: no session needed, and nobody can forge one for somebody else.
 */
export function unsubscribeToken(secret: string, recipientId: string, kind: NotificationKind) {
  const body = Buffer.from(`${recipientId}\n${kind}`).toString('base64url');
  return `${body}.${signature(secret, body)}`;
}

export function readUnsubscribeToken(
  secret: string,
  token: string,
): { recipientId: string; kind: NotificationKind } | null {
  const [body, mac] = token.split('.');
  if (!body || !mac) return null;
  const expected = Buffer.from(signature(secret, body));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [recipientId, kind] = Buffer.from(body, 'base64url').toString().split('\n');
  const known = NOTIFICATION_KINDS.find((k) => k === kind);
  if (!recipientId || !known || isEssential(known)) return null;
  return { recipientId, kind: known };
}

function signature(secret: string, body: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url');
}
