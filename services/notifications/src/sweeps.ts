import type { SweepTask } from '@fabrique/service-kit';
import type { NotificationsConfig } from './config.js';
import type { NotificationsDeps } from './use-cases/deps.js';
import { sendReminders } from './use-cases/reminders.js';

/**
 * The reminder sweep (no TTL index: FerretDB has none, and this is explicit), also run at
 * start so that a restart does not delay reminders by an interval.
 */
export function sweepTasks(
  deps: NotificationsDeps,
  config: Pick<NotificationsConfig, 'SWEEP_INTERVAL_MS' | 'REMINDER_HOURS_BEFORE'>,
): SweepTask[] {
  return [
    {
      name: 'reminders',
      everyMs: config.SWEEP_INTERVAL_MS,
      atStart: true,
      run: async () => {
        const written = await sendReminders(deps, config.REMINDER_HOURS_BEFORE);
        if (written > 0) deps.logger.info({ written }, 'reminders written');
      },
    },
  ];
}
