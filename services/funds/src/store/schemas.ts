import { looseSchema } from '@fabrique/service-kit';

// Stored shapes are the domain's (see the *.store.ts files); mongoose only maps them.

export const funds = looseSchema('funds', {}, { outbox: true, model: 'Fund' });
/** Append-only: ids derive from the recorded fact; nothing ever updates or deletes an entry's fields. */
export const entries = looseSchema(
  'entries',
  { fundId: String },
  { outbox: true, model: 'Entry' },
).index({
  fundId: 1,
});
export const expenses = looseSchema(
  'expenses',
  { fundId: String, status: String },
  { outbox: true, model: 'Expense' },
);
/** One per expense: inserting it is what makes approving or rejecting happen once. */
export const decisions = looseSchema('expense_decisions', {}, { model: 'ExpenseDecision' });
/** Contributions declared by residents and funders, waiting for a coordinator, or decided. */
export const declarations = looseSchema(
  'declarations',
  { fundId: String, status: String, declaredBy: String },
  { outbox: true, model: 'Declaration' },
)
  .index({ fundId: 1, status: 1 })
  .index({ declaredBy: 1 });
/** One per declaration: inserting it is what makes confirming or rejecting happen once. */
export const declarationDecisions = looseSchema(
  'declaration_decisions',
  {},
  { model: 'DeclarationDecision' },
);
/** One per session: the attendance-closed event's numbers. */
export const deliveries = looseSchema('deliveries', { month: String }, { model: 'Delivery' })
  .index({ month: 1 })
  // A volunteer's own record of the hours they gave.
  .index({ 'volunteers.accountId': 1 })
  // What a workshop carrying out a winning project delivered.
  .index({ workshopId: 1 });
/** Workshops that carry out a winning project (id: the workshop's), from workshops' events. */
export const projectWorkshops = looseSchema(
  'project_workshops',
  { projectId: String },
  { model: 'ProjectWorkshop' },
).index({
  projectId: 1,
});
/** Voided deliveries (id: the session's), by the month the session started in. */
export const voids = looseSchema(
  'delivery_voids',
  { month: String },
  { model: 'DeliveryVoid' },
).index({ month: 1 });
/** Per fund (id: the fund's), the accounts its journal export uses; defaults when absent. */
export const journalAccounts = looseSchema('journal_accounts', {}, { model: 'JournalAccounts' });
/** One document per data migration done (its name), so that each runs once per database. */
export const migrations = looseSchema('migrations', {}, { model: 'Migration' });
export const organisations = looseSchema('organisations', {}, { model: 'Organisation' });
export const people = looseSchema('people', {}, { model: 'Person' });
/** Participatory-budget rounds, their proposals, ballots (one per voter: `<roundId>:<voterId>`). */
export const rounds = looseSchema('rounds', {}, { outbox: true, model: 'Round' });
export const proposals = looseSchema(
  'proposals',
  { roundId: String },
  { outbox: true, model: 'Proposal' },
);
export const ballots = looseSchema(
  'ballots',
  { roundId: String },
  { outbox: true, model: 'Ballot' },
);
/** One per round and phase (`<roundId>:<phase>`): the phase-changed event goes out once. */
/** One per round and phase, with its event; `advancedAt` when a coordinator started it early. */
export const phaseMarks = looseSchema(
  'round_phases',
  { roundId: String },
  { outbox: true, model: 'RoundPhase' },
);
phaseMarks.index({ roundId: 1 });
/** One per round: inserting it is what publishes the results once. */
export const results = looseSchema('round_results', {}, { outbox: true, model: 'RoundResult' });
/** One share.behind alert per fund, commune and day, with its event. */
export const alerts = looseSchema('alerts', {}, { outbox: true, model: 'Alert' });
