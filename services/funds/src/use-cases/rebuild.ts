import type { Bus } from '@fabrique/bus';
import {
  contributionRecordedV1,
  entryRecordedV1,
  entryReversedV1,
  fundCreatedV1,
  fundVolunteerRatesSetV1,
  pledgeRecordedV1,
  sessionAttendanceClosedV1,
  sessionDeliveryVoidedV1,
} from '@fabrique/contracts';
import type { Logger } from '@fabrique/service-kit';
import { z } from 'zod';
import {
  deliveryFromData,
  voidFromData,
  type Delivery,
  type DeliveryVoid,
} from '../domain/delivery.js';
import { fromEntryData, type Entry } from '../domain/entry.js';
import { fundFromData, type Fund } from '../domain/fund.js';
import { ratesFromData, type VolunteerRate } from '../domain/in-kind.js';
import type { FundBook } from '../domain/fund-book.js';
import { insertDelivery, insertVoid } from '../store/delivery.store.js';
import type { FundsModels } from '../store/models.js';
import { insertOnce } from '../store/records.store.js';

/** Where replayed facts go; each answers whether the fact was new there. */
export interface ReplayTarget {
  fund(fund: Fund): Promise<boolean>;
  /** The fund's volunteer rates, as last set (setting them again changes nothing). */
  rates(fundId: string, rates: VolunteerRate[]): Promise<boolean>;
  entry(entry: Entry): Promise<boolean>;
  delivery(delivery: Delivery, closed: { eventId: string; closedAt: Date }): Promise<boolean>;
  voided(voided: DeliveryVoid): Promise<boolean>;
}

export interface ReplayCounts {
  /** Events read from the FUNDS and BOOKINGS streams. */
  events: number;
  funds: number;
  rates: number;
  entries: number;
  deliveries: number;
  voids: number;
  /** Facts the target already held (an event published twice, or a rebuild run again). */
  alreadyThere: number;
  /** Events that no longer parse with their schema: left out, so the comparison shows them. */
  invalid: number;
}

const ENTRY_EVENTS = [pledgeRecordedV1, contributionRecordedV1, entryRecordedV1, entryReversedV1];
const BATCH = 256;

/** The database as a target: stored as the use cases and handlers store them, outbox empty. */
export function databaseTarget(models: FundsModels): ReplayTarget {
  return {
    fund: (fund) => insertOnce(models.funds, { ...fund }),
    rates: async (fundId, volunteerRates) => {
      await models.funds.updateOne({ _id: fundId }, { $set: { volunteerRates } });
      return true;
    },
    entry: (entry) => insertOnce(models.entries, { ...entry }),
    // As events/handlers/attendance.handler.ts stores a closed session.
    delivery: (delivery, closed) => insertDelivery(models, delivery, closed),
    voided: (voided) => insertVoid(models, voided),
  };
}

/** A book in memory as a target: the summaries that events alone give, without a database. */
export function bookTarget(book: FundBook): ReplayTarget {
  const sessions = new Set<string>();
  const voided = new Set<string>();
  const added = (isNew: boolean, add: () => void) => {
    add();
    return Promise.resolve(isNew);
  };
  return {
    fund: (fund) => added(!book.fund(fund.id), () => book.addFund(fund)),
    rates: (fundId, volunteerRates) => {
      const fund = book.fund(fundId);
      return added(Boolean(fund), () => {
        if (fund) book.addFund({ ...fund, volunteerRates });
      });
    },
    entry: (entry) => added(!book.entry(entry.fundId, entry.id), () => book.addEntry(entry)),
    delivery: (delivery) =>
      added(!sessions.has(delivery.sessionId), () => {
        sessions.add(delivery.sessionId);
        book.addDelivery(delivery);
      }),
    voided: (record) =>
      added(!voided.has(record.sessionId), () => {
        voided.add(record.sessionId);
        book.addVoid(record);
      }),
  };
}

/**
 * Reads a stream from its first event to its last with an ordered consumer (ephemeral, no
 * acks), in batches, until the consumer has nothing pending. Events published meanwhile are
 * read too; the ordered consumer is deleted at the end rather than left to expire.
 */
async function readToEnd(
  bus: Bus,
  stream: string,
  subjects: string[],
  apply: (subject: string, event: unknown) => Promise<void>,
  logger: Logger,
): Promise<number> {
  // 'all' is DeliverPolicy.All: funds reaches JetStream only through @fabrique/bus's client.
  const consumer = await bus.js.consumers.get(bus.stream(stream), {
    filter_subjects: subjects.map((s) => bus.subject(s)),
    deliver_policy: 'all',
  });
  let read = 0;
  try {
    let pending = (await consumer.info(true)).num_pending;
    while (pending > 0) {
      const batch = await consumer.fetch({
        max_messages: Math.min(pending, BATCH),
        expires: 5_000,
      });
      let got = 0;
      for await (const msg of batch) {
        await apply(bus.baseSubject(msg.subject), msg.json<unknown>());
        got += 1;
      }
      // A stream that says it has events but sends none would otherwise loop forever.
      if (got === 0) throw new Error(`${stream}: ${pending} events pending, none delivered`);
      read += got;
      pending = (await consumer.info()).num_pending;
    }
  } finally {
    // Harmless if it fails: an idle ordered consumer is removed by the server after 5 minutes.
    await consumer
      .delete()
      .catch((error: unknown) => logger.warn({ err: error, stream }, 'replay consumer left'));
  }
  return read;
}

function fundsEventApplier(target: ReplayTarget) {
  const entryDefinitions = new Map(ENTRY_EVENTS.map((d) => [d.subject, d]));
  return async (subject: string, event: unknown): Promise<keyof ReplayCounts> => {
    if (subject === fundCreatedV1.subject) {
      const fund = fundFromData(fundCreatedV1.schema.parse(event).data);
      return (await target.fund(fund)) ? 'funds' : 'alreadyThere';
    }
    if (subject === fundVolunteerRatesSetV1.subject) {
      const { fundId, rates } = fundVolunteerRatesSetV1.schema.parse(event).data;
      return (await target.rates(fundId, ratesFromData(rates))) ? 'rates' : 'alreadyThere';
    }
    const definition = entryDefinitions.get(subject);
    if (!definition) throw new Error(`not a fund or entry event: ${subject}`);
    const entry = fromEntryData(definition.schema.parse(event).data);
    return (await target.entry(entry)) ? 'entries' : 'alreadyThere';
  };
}

function deliveryApplier(target: ReplayTarget) {
  return async (subject: string, event: unknown): Promise<keyof ReplayCounts> => {
    if (subject === sessionDeliveryVoidedV1.subject) {
      const voided = voidFromData(sessionDeliveryVoidedV1.schema.parse(event).data);
      return (await target.voided(voided)) ? 'voids' : 'alreadyThere';
    }
    const { id, data } = sessionAttendanceClosedV1.schema.parse(event);
    const closed = { eventId: id, closedAt: new Date(data.closedAt) };
    return (await target.delivery(deliveryFromData(data), closed)) ? 'deliveries' : 'alreadyThere';
  };
}

/** Replays every fact the funds views derive from (funds, entries, closed sessions) into a target. */
export async function replayFundEvents(
  bus: Bus,
  target: ReplayTarget,
  logger: Logger,
): Promise<ReplayCounts> {
  const counts: ReplayCounts = {
    events: 0,
    funds: 0,
    rates: 0,
    entries: 0,
    deliveries: 0,
    voids: 0,
    alreadyThere: 0,
    invalid: 0,
  };
  const counting =
    (applier: (subject: string, event: unknown) => Promise<keyof ReplayCounts>) =>
    async (subject: string, event: unknown) => {
      try {
        counts[await applier(subject, event)] += 1;
      } catch (error) {
        // Only a payload that fails its schema is left out; a database failure stops the run.
        if (!(error instanceof z.ZodError)) throw error;
        counts.invalid += 1;
        logger.warn({ err: error, subject }, 'replay left out an event');
      }
    };
  const fundSubjects = [fundCreatedV1, fundVolunteerRatesSetV1, ...ENTRY_EVENTS].map(
    (d) => d.subject,
  );
  const fundEvents = counting(fundsEventApplier(target));
  counts.events += await readToEnd(bus, 'FUNDS', fundSubjects, fundEvents, logger);
  const closedSessions = counting(deliveryApplier(target));
  const bookingSubjects = [sessionAttendanceClosedV1.subject, sessionDeliveryVoidedV1.subject];
  counts.events += await readToEnd(bus, 'BOOKINGS', bookingSubjects, closedSessions, logger);
  return counts;
}

/**
 * Rebuilds the funds, the ledger and the delivered sessions into an empty funds database from
 * the events alone (DESIGN.md, consistency rule 5). Ids come from the facts, so running it
 * again, or over events published twice, inserts nothing more.
 */
export function rebuildFromEvents(
  bus: Bus,
  models: FundsModels,
  logger: Logger,
): Promise<ReplayCounts> {
  return replayFundEvents(bus, databaseTarget(models), logger);
}
