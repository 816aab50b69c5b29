import type { Logger } from '@fabrique/service-kit';
import type { NotificationsDeps } from './use-cases/deps.js';
import { sendReminders } from './use-cases/reminders.js';

/** The reminder sweep on a timer (no TTL index: FerretDB has none, and this is explicit). */
export function startSweeps(
  deps: NotificationsDeps,
  logger: Logger,
  settings: { intervalMs: number; hoursBefore: number },
): () => void {
  let running = false;
  const sweep = async () => {
    if (running) return;
    running = true;
    try {
      const written = await sendReminders(deps, settings.hoursBefore);
      if (written > 0) logger.info({ written }, 'reminders written');
    } catch (error) {
      logger.warn({ err: error }, 'reminder sweep failed; the next one retries');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void sweep(), settings.intervalMs);
  void sweep();
  return () => clearInterval(timer);
}
