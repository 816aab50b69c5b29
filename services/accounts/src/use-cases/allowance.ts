import { countOf, localized, type Localized } from '@fabrique/contracts';
import type { ErrorFactory } from '@fabrique/service-kit';
import { failuresSince, recordFailure } from '../store/login-failure.store.js';
import type { AccountsDeps } from './deps.js';

export interface Allowance {
  /** What is counted, e.g. `reset:<email>` or `verify:<account id>`. */
  key: string;
  /** Requests allowed per sign-in throttle window. */
  max: number;
}

const TRY_AGAIN_IN = { fr: 'Réessayez dans', en: 'Try again in' };
const MINUTES = { fr: ['minute', 'minutes'], en: ['minute', 'minutes'] } as const;

/** How long to wait, for the detail of a 429: `Réessayez dans 15 minutes.` */
export const retryDetail = (deps: AccountsDeps): Localized => {
  const minutes = Math.ceil(deps.signIn.throttleWindowMs / 60_000);
  return localized((locale) => `${TRY_AGAIN_IN[locale]} ${countOf(minutes, MINUTES, locale)}.`);
};

/**
 * Counts one request against each allowance over the sign-in throttle window, or refuses with
 * `tooMany` when one is used up. Each request is an insert in `login_failures` (never a shared
 * counter), so the limit holds across replicas as the sign-in throttle does.
 */
export async function takeAllowance(
  deps: AccountsDeps,
  allowances: Allowance[],
  tooMany: ErrorFactory,
): Promise<void> {
  const since = new Date(deps.now().getTime() - deps.signIn.throttleWindowMs);
  const used = await Promise.all(
    allowances.map(({ key }) => failuresSince(deps.models.loginFailures, key, since)),
  );
  if (used.some((count, index) => count >= allowances[index]!.max))
    throw tooMany(retryDetail(deps));
  const keys = allowances.map(({ key }) => key);
  await recordFailure(deps.models.loginFailures, keys, deps.now());
}
