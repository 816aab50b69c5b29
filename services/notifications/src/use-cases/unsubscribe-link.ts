import type { NotificationKind } from '../domain/kinds.js';
import { readUnsubscribeToken } from '../domain/unsubscribe-token.js';
import { findRecipient, type Recipient } from '../store/recipient.store.js';
import type { NotificationsDeps } from './deps.js';

/**
 * Whom an email's unsubscribe link stops which kind of message for: null for a link that is
 * forged, mangled or for a deleted person (the page says so the same way for all three).
 */
export async function unsubscribeTarget(
  deps: NotificationsDeps,
  secret: string,
  token: string,
): Promise<{ kind: NotificationKind; recipient: Recipient } | null> {
  const target = readUnsubscribeToken(secret, token);
  const recipient = target ? await findRecipient(deps.models, target.recipientId) : null;
  if (!target || !recipient || recipient.deleted) return null;
  return { kind: target.kind, recipient };
}
