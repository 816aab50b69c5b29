import type { EventOf, sessionAttendanceClosedV1 } from '@fabrique/contracts';
import { declarationIdOf, declared, type DeclarationChange } from './declaration.js';
import { inPeriod, type Fund } from './fund.js';
import { euros } from './money.js';

type Closed = EventOf<typeof sessionAttendanceClosedV1>['data'];
type Collected = NonNullable<Closed['collected']>;
/** What the door money's declaration takes from the session's closing. */
type Closing = Pick<Closed, 'sessionId' | 'commune' | 'startsAt' | 'closedBy' | 'closedAt'>;

/** What a session collected at the door, all means of payment together (0 when nothing). */
export function doorMoneyCents(collected: Closed['collected']): number {
  return collected ? collected.cashCents + collected.chequeCents + collected.cardCents : 0;
}

/** The fund of the session's period: one its commune belongs to, else any open one. */
export function fundOfSession(funds: Fund[], commune: string, startsAt: Date): Fund | undefined {
  const open = funds.filter((f) => !f.archivedAt && inPeriod(f, startsAt));
  return open.find((f) => f.memberCommunes.includes(commune)) ?? open[0];
}

function noteOf(collected: Collected): string {
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
export function declareDoorMoney(
  fund: Fund,
  data: Closing,
  collected: Collected,
  now: Date,
): DeclarationChange {
  const startsAt = new Date(data.startsAt);
  return declared(
    {
      id: declarationIdOf(fund.id, 'contribution', data.closedBy, `door:${data.sessionId}`),
      kind: 'contribution',
      fundId: fund.id,
      amountCents: doorMoneyCents(collected),
      category: 'residents',
      contributor: null,
      sessionId: data.sessionId,
      commune: data.commune,
      reference: null,
      occurredAt: startsAt,
      note: noteOf(collected),
      declaredBy: data.closedBy,
      declaredAt: new Date(data.closedAt),
    },
    now,
  );
}
