import {
  declarationMadeV1,
  type EventOf,
  type sessionAttendanceClosedV1,
} from '@fabrique/contracts';
import { declarationIdOf, type Declaration } from '../domain/declaration.js';
import { inPeriod, type Fund } from '../domain/fund.js';
import { euros } from '../domain/money.js';
import { insertOnce } from '../store/records.store.js';
import { declarationEvent } from './declarations.js';
import type { FundsDeps } from './deps.js';

type Closed = EventOf<typeof sessionAttendanceClosedV1>['data'];

/** The fund of the session's period: one its commune belongs to, else any open one. */
function fundOfSession(deps: FundsDeps, commune: string, startsAt: Date): Fund | undefined {
  const open = deps.book.listFunds().filter((f) => !f.archivedAt && inPeriod(f, startsAt));
  return open.find((f) => f.memberCommunes.includes(commune)) ?? open[0];
}

function noteOf(collected: NonNullable<Closed['collected']>): string {
  const parts = [
    `espèces ${euros(collected.cashCents)}`,
    `chèques ${euros(collected.chequeCents)}`,
    `carte ${euros(collected.cardCents)}`,
  ];
  const payers = collected.payers === null ? '' : `, ${collected.payers} personne(s)`;
  return `Participation à la porte : ${parts.join(', ')}${payers}`;
}

/**
 * What a session collected at the door becomes its users' contribution, declared by the
 * host who closed it: it waits for the treasurer with the other declarations, counts in the
 * residents' category and in the commune where the session took place once confirmed. Its id
 * derives from the session, so a redelivered closing declares nothing twice.
 */
export async function declareDoorMoney(deps: FundsDeps, data: Closed): Promise<boolean> {
  const collected = data.collected;
  const total = collected ? collected.cashCents + collected.chequeCents + collected.cardCents : 0;
  if (!collected || total === 0) return false;
  const startsAt = new Date(data.startsAt);
  const fund = fundOfSession(deps, data.commune, startsAt);
  if (!fund) {
    deps.logger.warn({ sessionId: data.sessionId }, 'door money of a session no fund covers');
    return false;
  }
  const id = declarationIdOf(fund.id, 'contribution', data.closedBy, `door:${data.sessionId}`);
  const declaration: Declaration = {
    id,
    kind: 'contribution',
    fundId: fund.id,
    amountCents: total,
    category: 'residents',
    contributor: null,
    sessionId: data.sessionId,
    commune: data.commune,
    reference: null,
    occurredAt: startsAt,
    note: noteOf(collected),
    declaredBy: data.closedBy,
    declaredAt: new Date(data.closedAt),
    status: 'declared',
    decidedBy: null,
    decidedAt: null,
    reason: null,
    entryId: null,
  };
  const event = declarationEvent(declarationMadeV1, declaration, deps.now());
  return deps.outbox.save(deps.models.declarations, id, [event], () =>
    insertOnce(deps.models.declarations, { ...declaration }, [event]),
  );
}
