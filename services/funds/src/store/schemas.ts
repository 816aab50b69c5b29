import { Schema } from 'mongoose';
import { trackPendingOutbox } from '@fabrique/bus';

/** Stored shapes are the domain's (see the *.store.ts files); mongoose only maps them. */
export type LooseDocument = { _id: string } & Record<string, unknown>;

const options = { versionKey: false, minimize: false, strict: false } as const;
const outbox = { type: Schema.Types.Mixed, default: () => [] };

const loose = (collection: string, fields: Record<string, unknown> = {}) =>
  new Schema<LooseDocument>({ _id: String, ...fields }, { ...options, collection });

export const fundSchema = trackPendingOutbox(loose('funds', { outbox }));
/** Append-only: ids derive from the recorded fact; nothing ever updates or deletes an entry's fields. */
export const entrySchema = trackPendingOutbox(loose('entries', { fundId: String, outbox })).index({
  fundId: 1,
});
export const expenseSchema = trackPendingOutbox(
  loose('expenses', { fundId: String, status: String, outbox }),
);
/** One per expense: inserting it is what makes approving or rejecting happen once. */
export const decisionSchema = loose('expense_decisions');
/** Contributions declared by residents and funders, waiting for a coordinator, or decided. */
export const declarationSchema = trackPendingOutbox(
  loose('declarations', { fundId: String, status: String, declaredBy: String, outbox }),
)
  .index({ fundId: 1, status: 1 })
  .index({ declaredBy: 1 });
/** One per declaration: inserting it is what makes confirming or rejecting happen once. */
export const declarationDecisionSchema = loose('declaration_decisions');
/** One per session: the attendance-closed event's numbers. */
export const deliverySchema = loose('deliveries', { month: String })
  .index({ month: 1 })
  // A volunteer's own record of the hours they gave.
  .index({ 'volunteers.accountId': 1 })
  // What a workshop carrying out a winning project delivered.
  .index({ workshopId: 1 });
/** Workshops that carry out a winning project (id: the workshop's), from workshops' events. */
export const projectWorkshopSchema = loose('project_workshops', { projectId: String }).index({
  projectId: 1,
});
/** Voided deliveries (id: the session's), by the month the session started in. */
export const voidSchema = loose('delivery_voids', { month: String }).index({ month: 1 });
/** Per fund (id: the fund's), the accounts its journal export uses; defaults when absent. */
export const journalAccountsSchema = loose('journal_accounts');
/** One document per data migration done (its name), so that each runs once per database. */
export const migrationSchema = loose('migrations');
export const organisationSchema = loose('organisations');
export const personSchema = loose('people');
/** Participatory-budget rounds, their proposals, ballots (one per voter: `<roundId>:<voterId>`). */
export const roundSchema = trackPendingOutbox(loose('rounds', { outbox }));
export const proposalSchema = trackPendingOutbox(loose('proposals', { roundId: String, outbox }));
export const ballotSchema = trackPendingOutbox(loose('ballots', { roundId: String, outbox }));
/** One per round and phase (`<roundId>:<phase>`): the phase-changed event goes out once. */
/** One per round and phase, with its event; `advancedAt` when a coordinator started it early. */
export const phaseMarkSchema = trackPendingOutbox(
  loose('round_phases', { roundId: String, outbox }),
);
phaseMarkSchema.index({ roundId: 1 });
/** One per round: inserting it is what publishes the results once. */
export const resultSchema = trackPendingOutbox(loose('round_results', { outbox }));
/** One share.behind alert per fund, commune and day, with its event. */
export const alertSchema = trackPendingOutbox(loose('alerts', { outbox }));
