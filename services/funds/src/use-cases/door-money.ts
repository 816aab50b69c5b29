import type { EventOf, sessionAttendanceClosedV1 } from '@fabrique/contracts';
import * as rules from '../domain/door-money.js';
import { insertOnce } from '../store/records.store.js';
import type { FundsDeps } from './deps.js';

type Closed = EventOf<typeof sessionAttendanceClosedV1>['data'];

/**
 * What a session collected at the door becomes its users' contribution, declared by the
 * host who closed it (domain/door-money.ts), in the fund of the session's period, once.
 */
export async function declareDoorMoney(deps: FundsDeps, data: Closed): Promise<boolean> {
  const collected = data.collected;
  if (!collected || rules.doorMoneyCents(collected) === 0) return false;
  const fund = rules.fundOfSession(deps.book.listFunds(), data.commune, new Date(data.startsAt));
  if (!fund) {
    deps.logger.warn({ sessionId: data.sessionId }, 'door money of a session no fund covers');
    return false;
  }
  const { declaration, events } = rules.declareDoorMoney(fund, data, collected, deps.now());
  return deps.outbox.save(deps.models.declarations, declaration.id, events, () =>
    insertOnce(deps.models.declarations, { ...declaration }, events),
  );
}
