import type {
  EventOf,
  declarationConfirmedV1,
  declarationRejectedV1,
  fundCreatedV1,
  roundPhaseChangedV1,
  sessionAttendanceClosedV1,
  shareBehindV1,
} from '@fabrique/contracts';
import { upsertIfNewer } from '@fabrique/service-kit';
import type { NotificationsModels } from '../../store/models.js';
import { activeMembersOf, recipientsIn } from '../../store/recipient.store.js';
import { sessionFacts } from '../../store/session.store.js';
import type { NotificationsDeps } from '../../use-cases/deps.js';
import { isFresh, notify } from '../../use-cases/notify.js';
import { SessionNotKnownYet } from './bookings.handler.js';

interface FundDocument {
  _id: string;
  name: string;
  memberCommunes: string[];
  periodStart: Date;
  periodEnd: Date;
}

export function onFundCreated(models: NotificationsModels) {
  return async ({ data }: EventOf<typeof fundCreatedV1>) => {
    const { fundId, name, memberCommunes, periodStart, periodEnd } = data;
    await upsertIfNewer(models.funds, fundId, 1, {
      name,
      memberCommunes,
      periodStart: new Date(periodStart),
      periodEnd: new Date(periodEnd),
    });
  };
}

/** The fund that pays for sessions in this commune at this date, if any. */
async function fundCovering(models: NotificationsModels, commune: string, at: Date) {
  const funds = await models.funds.find({ memberCommunes: commune }).lean<FundDocument[]>();
  const fund = funds.find((f) => f.periodStart <= at && at < f.periodEnd);
  return fund ? { fundId: fund._id, name: fund.name } : null;
}

/** Thanks to the hosts, with what their session now counts for in the fund. */
export function onAttendanceClosed(deps: NotificationsDeps) {
  return async (event: EventOf<typeof sessionAttendanceClosedV1>) => {
    const { data } = event;
    if (!isFresh(deps, event.time)) return;
    const session = await sessionFacts(deps.models, data.sessionId);
    if (!session) throw new SessionNotKnownYet(`session ${data.sessionId} not known yet`);
    const fund = await fundCovering(deps.models, data.commune, new Date(data.startsAt));
    for (const hostId of data.hostIds) {
      await notify(deps, {
        factKey: `attendance-thanks:${data.sessionId}`,
        recipientId: hostId,
        context: {
          kind: 'attendance-thanks',
          session,
          attendees: data.attendees,
          walkIns: data.walkIns,
          participantHours: data.participantHours,
          repairsFixed: data.repairs.fixed,
          fund,
        },
      });
    }
  };
}

/** A town hall's contacts hear when its payments fall behind its equal share. */
export function onShareBehind(deps: NotificationsDeps) {
  return async (event: EventOf<typeof shareBehindV1>) => {
    const { data } = event;
    if (!isFresh(deps, event.time)) return;
    const fund = await deps.models.funds.findById(data.fundId).lean<FundDocument>();
    const day = data.asOf.slice(0, 10);
    for (const contact of await activeMembersOf(deps.models, data.organisationIds)) {
      await notify(deps, {
        factKey: `share-behind:${data.fundId}:${data.commune}:${day}`,
        recipientId: contact,
        context: {
          kind: 'share-behind',
          fundId: data.fundId,
          fundName: fund?.name ?? null,
          commune: data.commune,
          paidCents: data.paidCents,
          expectedCents: data.expectedCents,
          behindByCents: data.behindByCents,
        },
      });
    }
  };
}

const ANNOUNCED_PHASES = new Set(['proposals', 'voting', 'results']);

/** Voters of the round's communes who asked for it hear when proposals, voting or results open. */
export function onRoundPhaseChanged(deps: NotificationsDeps) {
  return async (event: EventOf<typeof roundPhaseChangedV1>) => {
    const { data } = event;
    if (!ANNOUNCED_PHASES.has(data.phase) || !isFresh(deps, event.time)) return;
    const optedIn = await deps.models.preferences
      .find({
        $or: [{ 'kinds.round-phase.email': true }, { 'kinds.round-phase.inApp': true }],
      })
      .lean<{ _id: string }[]>();
    const voters = await recipientsIn(
      deps.models,
      optedIn.map((p) => p._id),
      data.communes,
    );
    for (const voter of voters) {
      await notify(deps, {
        factKey: `round-phase:${data.roundId}:${data.phase}`,
        recipientId: voter.id,
        context: {
          kind: 'round-phase',
          roundId: data.roundId,
          title: data.title,
          phase: data.phase,
          at: data.at,
        },
      });
    }
  };
}

type Declaration = EventOf<typeof declarationConfirmedV1>['data'];

/** The person who declared a payment hears whether the treasurer confirmed or rejected it. */
async function tellDeclarer(deps: NotificationsDeps, data: Declaration, confirmed: boolean) {
  const fund = await deps.models.funds.findById(data.fundId).lean<FundDocument>();
  await notify(deps, {
    factKey: `contribution-decided:${data.declarationId}`,
    recipientId: data.declaredBy,
    context: {
      kind: 'contribution-decided',
      pledge: data.kind === 'pledge',
      door: Boolean(data.sessionId),
      fundId: data.fundId,
      fundName: fund?.name ?? null,
      amountCents: data.amountCents,
      reference: data.reference,
      confirmed,
      reason: data.reason,
    },
  });
}

export function onDeclarationConfirmed(deps: NotificationsDeps) {
  return async ({ data, time }: EventOf<typeof declarationConfirmedV1>) => {
    if (isFresh(deps, time)) await tellDeclarer(deps, data, true);
  };
}

export function onDeclarationRejected(deps: NotificationsDeps) {
  return async ({ data, time }: EventOf<typeof declarationRejectedV1>) => {
    if (isFresh(deps, time)) await tellDeclarer(deps, data, false);
  };
}
