import type { SweepTask } from '@fabrique/service-kit';
import type { NotificationsDeps } from './use-cases/deps.js';
import { sendReminders } from './use-cases/reminders.js';

/**
 * The reminder sweep (no TTL index: FerretDB has none, and this is explicit), also run at
 * start so that a restart does not delay reminders by an interval.
 */
export function sweepTasks(
  deps: NotificationsDeps,
  settings: { everyMs: number; hoursBefore: number },
): SweepTask[] {
  return [
    {
      name: 'reminders',
      everyMs: settings.everyMs,
      atStart: true,
      run: async () => {
        const written = await sendReminders(deps, settings.hoursBefore);
        if (written > 0) deps.logger.info({ written }, 'reminders written');
      },
    },
  ];
}
