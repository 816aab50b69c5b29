import type { SweepTask } from '@fabrique/service-kit';
import { sweepLinks } from './store/account-link.store.js';
import { sweepFailures } from './store/login-failure.store.js';
import type { AccountsDeps } from './use-cases/deps.js';

const EVERY_MS = 5 * 60_000;

/**
 * What no TTL index removes (FerretDB has none): failed sign-ins once out of the throttle
 * window, account links past their expiry (idempotency keys: service-kit's startServiceSweeper).
 */
export function sweepTasks(deps: AccountsDeps): SweepTask[] {
  const now = () => deps.now().getTime();
  return [
    {
      name: 'login failures',
      everyMs: EVERY_MS,
      run: () =>
        sweepFailures(deps.models.loginFailures, new Date(now() - deps.signIn.throttleWindowMs)),
    },
    {
      name: 'account links',
      everyMs: EVERY_MS,
      run: () => sweepLinks(deps.models.accountLinks, new Date(now())),
    },
  ];
}
