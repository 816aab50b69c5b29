import type { NotificationPreferencesResponse } from '@fabrique/contracts';
import type { Principal } from '@fabrique/service-kit';
import type { NotificationKind } from '../domain/kinds.js';
import {
  applyChoices,
  preferencesView,
  storedPreferences,
  type StoredPreferences,
} from '../domain/preferences.js';
import type { NotificationsDeps } from './deps.js';

async function storedOf(deps: NotificationsDeps, accountId: string): Promise<StoredPreferences> {
  const doc = await deps.models.preferences.findById(accountId).lean<{ kinds?: unknown }>();
  const parsed = storedPreferences.safeParse(doc?.kinds ?? {});
  return parsed.success ? parsed.data : {};
}

export async function myPreferences(
  deps: NotificationsDeps,
  actor: Principal,
): Promise<NotificationPreferencesResponse> {
  return { kinds: preferencesView(await storedOf(deps, actor.accountId)) };
}

/**
 * Last write wins: a person edits their own choices, so two concurrent edits are that
 * person's two clicks, and the later one is what they meant.
 */
export async function changePreferences(
  deps: NotificationsDeps,
  accountId: string,
  change: StoredPreferences,
): Promise<NotificationPreferencesResponse> {
  const merged = applyChoices(await storedOf(deps, accountId), change);
  await deps.models.preferences.updateOne(
    { _id: accountId },
    { $set: { kinds: merged, updatedAt: deps.now() } },
    { upsert: true },
  );
  return { kinds: preferencesView(merged) };
}

/** The one-click unsubscribe: this kind, by email, off. */
export async function unsubscribe(
  deps: NotificationsDeps,
  accountId: string,
  kind: NotificationKind,
) {
  await changePreferences(deps, accountId, { [kind]: { email: false } });
}
