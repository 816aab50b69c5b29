import type { Connection, Model, Schema } from 'mongoose';
import { idempotencyModel, type LooseDocument } from '@fabrique/service-kit';
import {
  alertSchema,
  ballotSchema,
  phaseMarkSchema,
  proposalSchema,
  resultSchema,
  roundSchema,
  decisionSchema,
  declarationSchema,
  declarationDecisionSchema,
  deliverySchema,
  voidSchema,
  entrySchema,
  migrationSchema,
  journalAccountsSchema,
  projectWorkshopSchema,
  expenseSchema,
  fundSchema,
  organisationSchema,
  personSchema,
} from './schemas.js';

type LooseModel = Model<LooseDocument>;

/** Every collection of the funds database. */
export function fundsModels(connection: Connection) {
  const model = (name: string, schema: Schema<LooseDocument>) =>
    connection.model<LooseDocument, LooseModel>(name, schema);
  return {
    funds: model('Fund', fundSchema),
    entries: model('Entry', entrySchema),
    expenses: model('Expense', expenseSchema),
    decisions: model('ExpenseDecision', decisionSchema),
    declarations: model('Declaration', declarationSchema),
    declarationDecisions: model('DeclarationDecision', declarationDecisionSchema),
    deliveries: model('Delivery', deliverySchema),
    voids: model('DeliveryVoid', voidSchema),
    organisations: model('Organisation', organisationSchema),
    people: model('Person', personSchema),
    alerts: model('Alert', alertSchema),
    rounds: model('Round', roundSchema),
    proposals: model('Proposal', proposalSchema),
    ballots: model('Ballot', ballotSchema),
    phaseMarks: model('RoundPhase', phaseMarkSchema),
    results: model('RoundResult', resultSchema),
    migrations: model('Migration', migrationSchema),
    journalAccounts: model('JournalAccounts', journalAccountsSchema),
    projectWorkshops: model('ProjectWorkshop', projectWorkshopSchema),
    idempotency: idempotencyModel(connection),
  };
}

export type FundsModels = ReturnType<typeof fundsModels>;

export async function syncIndexes(models: FundsModels): Promise<void> {
  for (const model of Object.values(models)) await model.syncIndexes();
}

/** Collections whose documents carry an outbox of pending events for the relay. */
export function outboxModels(models: FundsModels) {
  return [
    models.funds,
    models.entries,
    models.expenses,
    models.declarations,
    models.alerts,
    models.rounds,
    models.proposals,
    models.ballots,
    models.phaseMarks,
    models.results,
  ];
}
