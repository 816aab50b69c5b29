import { looseSchema } from '@fabrique/service-kit';

// Stored shapes are the domain's (see the *.store.ts files); mongoose only maps them.

export const fundSchema = looseSchema('funds', {}, { outbox: true });
/** Append-only: ids derive from the recorded fact; nothing ever updates or deletes an entry's fields. */
export const entrySchema = looseSchema('entries', { fundId: String }, { outbox: true }).index({
  fundId: 1,
});
export const expenseSchema = looseSchema(
  'expenses',
  { fundId: String, status: String },
  { outbox: true },
);
/** One per expense: inserting it is what makes approving or rejecting happen once. */
export const decisionSchema = looseSchema('expense_decisions');
/** Contributions declared by residents and funders, waiting for a coordinator, or decided. */
export const declarationSchema = looseSchema(
  'declarations',
  { fundId: String, status: String, declaredBy: String },
  { outbox: true },
)
  .index({ fundId: 1, status: 1 })
  .index({ declaredBy: 1 });
/** One per declaration: inserting it is what makes confirming or rejecting happen once. */
export const declarationDecisionSchema = looseSchema('declaration_decisions');
/** One per session: the attendance-closed event's numbers. */
export const deliverySchema = looseSchema('deliveries', { month: String })
  .index({ month: 1 })
  // A volunteer's own record of the hours they gave.
  .index({ 'volunteers.accountId': 1 })
  // What a workshop carrying out a winning project delivered.
  .index({ workshopId: 1 });
/** Workshops that carry out a winning project (id: the workshop's), from workshops' events. */
export const projectWorkshopSchema = looseSchema('project_workshops', { projectId: String }).index({
  projectId: 1,
});
/** Voided deliveries (id: the session's), by the month the session started in. */
export const voidSchema = looseSchema('delivery_voids', { month: String }).index({ month: 1 });
/** Per fund (id: the fund's), the accounts its journal export uses; defaults when absent. */
export const journalAccountsSchema = looseSchema('journal_accounts');
/** One document per data migration done (its name), so that each runs once per database. */
export const migrationSchema = looseSchema('migrations');
export const organisationSchema = looseSchema('organisations');
export const personSchema = looseSchema('people');
/** Participatory-budget rounds, their proposals, ballots (one per voter: `<roundId>:<voterId>`). */
export const roundSchema = looseSchema('rounds', {}, { outbox: true });
export const proposalSchema = looseSchema('proposals', { roundId: String }, { outbox: true });
export const ballotSchema = looseSchema('ballots', { roundId: String }, { outbox: true });
/** One per round and phase (`<roundId>:<phase>`): the phase-changed event goes out once. */
/** One per round and phase, with its event; `advancedAt` when a coordinator started it early. */
export const phaseMarkSchema = looseSchema('round_phases', { roundId: String }, { outbox: true });
phaseMarkSchema.index({ roundId: 1 });
/** One per round: inserting it is what publishes the results once. */
export const resultSchema = looseSchema('round_results', {}, { outbox: true });
/** One share.behind alert per fund, commune and day, with its event. */
export const alertSchema = looseSchema('alerts', {}, { outbox: true });
