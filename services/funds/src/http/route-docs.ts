import { z } from 'zod';
import {
  contributorStandingResponse,
  declarationResponse,
  entryResponse,
  expenseResponse,
  fundDeliveryResponse,
  fundResponse,
  fundSummaryResponse,
  funderStatementResponse,
  journalAccountsResponse,
  pageSchema,
  reconciliationResponse,
} from '@fabrique/contracts';
import { archivedListQuery, opsRouteDocs, pageQuery, type RouteDoc } from '@fabrique/service-kit';
import {
  decisionBody,
  expenseBody,
  journalAccountsBody,
  fundBody,
  ledgerQuery,
  moneyBody,
  rejectionBody,
  reverseBody,
  statementQuery,
} from './schemas.js';

const ok = (description: string, schema: z.ZodType) => ({ 200: { description, schema } });
const created = (description: string, schema: z.ZodType) => ({
  201: { description, schema },
  200: { description: `${description} (already recorded)`, schema },
});
const funders: RouteDoc['access'] = ['coordinator', 'funder'];

/** Pledges and contributions: recorded by a coordinator (201), declared by anyone else (202). */
function moneyDoc(path: 'pledges' | 'contributions', summary: string, recorded: string): RouteDoc {
  return {
    method: 'post',
    path: `/api/funds/{id}/${path}`,
    summary: `${summary}: recorded by a coordinator, declared by anyone else; a reference or Idempotency-Key makes it once`,
    access: 'authenticated',
    body: moneyBody,
    responses: {
      201: { description: `Ledger entry (${recorded})`, schema: entryResponse },
      200: {
        description: 'The entry or the declaration already recorded (same reference or key)',
        schema: z.union([entryResponse, declarationResponse]),
      },
      202: {
        description: 'Declaration, waiting for a coordinator to confirm it',
        schema: declarationResponse,
      },
    },
    // The entry a coordinator recorded (a declaration's id goes to /declarations/{declarationId}).
    links: ['/api/funds/{id}/ledger/{entryId}'],
    errors: [
      'REFERENCE_REQUIRED',
      'NOT_A_MEMBER',
      'EMAIL_NOT_VERIFIED',
      'OUTSIDE_PERIOD',
      'DECLARATION_TOO_LARGE',
      'TOO_MANY_DECLARATIONS',
      'FUND_ARCHIVED',
      'ORGANISATION_ARCHIVED',
    ],
  };
}

// A statement in an organisation's name needs its member, who proved their address.
const statementErrors = ['NOT_A_MEMBER', 'ORGANISATION_NOT_FOUND', 'EMAIL_NOT_VERIFIED'];

/** The funds service's public contract, from the schemas its routes validate with. */
export const routeDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/funds',
    summary: 'Funds (archived ones too with archived=true)',
    access: 'public',
    query: archivedListQuery,
    responses: ok('Funds', pageSchema(fundResponse)),
  },
  {
    method: 'post',
    path: '/api/funds/{id}/archive',
    summary: 'Retire a fund: hidden, no new money, expenses or rounds; its pages stay readable',
    access: ['coordinator'],
    responses: ok('Fund, archived', fundResponse),
    errors: ['FUND_NOT_FOUND'],
  },
  {
    method: 'post',
    path: '/api/funds',
    summary: 'Create a fund and its rules (shares, member communes, budget)',
    access: ['coordinator'],
    body: fundBody,
    responses: { 201: { description: 'Fund', schema: fundResponse } },
    errors: ['INVALID_SHARES', 'INVALID_PERIOD', 'FUND_EXISTS'],
  },
  {
    method: 'get',
    path: '/api/funds/reconciliation',
    summary:
      'Every fund summary recomputed from the ledger and compared with the live one: the JSON paths that differ',
    access: ['coordinator'],
    responses: ok(
      'Reconciliation report: { checkedAt, funds: [{ fundId, entries, equal, differences }], ok }',
      reconciliationResponse,
    ),
  },
  {
    method: 'get',
    path: '/api/funds/{id}',
    summary: 'A fund and its rules',
    access: 'public',
    responses: ok('Fund', fundResponse),
    errors: ['FUND_NOT_FOUND'],
  },
  {
    method: 'get',
    path: '/api/funds/{id}/summary',
    summary:
      'Public summary: balances, categories, equal shares, hours delivered, cost per participant-hour, budget vs actual',
    access: 'public',
    responses: ok('Summary', fundSummaryResponse),
    errors: ['FUND_NOT_FOUND'],
  },
  {
    method: 'get',
    path: '/api/funds/{id}/deliveries',
    summary:
      'Sessions delivered in the fund’s period: workshop hours, participant-hours, attendees',
    access: 'public',
    query: pageQuery,
    responses: ok('Deliveries', pageSchema(fundDeliveryResponse)),
  },
  {
    method: 'get',
    path: '/api/funds/{id}/contributors',
    summary: 'Pledged, paid and outstanding per contributor',
    access: funders,
    query: pageQuery,
    responses: ok('Contributors', pageSchema(contributorStandingResponse)),
  },
  moneyDoc(
    'pledges',
    'Pledge for the period (for an organisation you act for, or yourself)',
    'a coordinator records the deliberation or letter',
  ),
  moneyDoc(
    'contributions',
    'Money given (for an organisation you act for, or yourself)',
    'a coordinator records money the fund holds',
  ),
  {
    method: 'get',
    path: '/api/funds/{id}/ledger',
    summary: 'Ledger entries, oldest first (append-only)',
    access: funders,
    query: ledgerQuery,
    responses: ok('Entries', pageSchema(entryResponse)),
  },
  {
    method: 'get',
    path: '/api/funds/{id}/ledger.csv',
    summary: 'The whole ledger as CSV (for municipal accounting)',
    access: funders,
    responses: { 200: { description: 'text/csv' } },
  },
  {
    method: 'get',
    path: '/api/funds/{id}/journal.csv',
    summary:
      'The journal for accounting software: a balanced debit/credit pair per cash entry (;-separated, dd/mm/yyyy, decimal comma)',
    access: ['coordinator'],
    responses: { 200: { description: 'text/csv' } },
  },
  {
    method: 'get',
    path: '/api/funds/{id}/journal/accounts',
    summary: 'The accounts the journal uses (the associations’ chart by default)',
    access: ['coordinator'],
    responses: ok('Accounts', journalAccountsResponse),
  },
  {
    method: 'put',
    path: '/api/funds/{id}/journal/accounts',
    summary: 'Set the accounts the journal uses (the whole table)',
    access: ['coordinator'],
    body: journalAccountsBody,
    responses: ok('Accounts', journalAccountsResponse),
    errors: ['UNKNOWN_LINE_ITEM'],
  },
  {
    method: 'get',
    path: '/api/funds/{id}/ledger/{entryId}',
    summary: 'One entry',
    access: funders,
    responses: ok('Entry', entryResponse),
    errors: ['ENTRY_NOT_FOUND'],
  },
  {
    method: 'post',
    path: '/api/funds/{id}/ledger/{entryId}/reverse',
    summary: 'Correct an entry with a reversing entry (never an edit)',
    access: ['coordinator'],
    body: reverseBody,
    responses: { 201: { description: 'Reversal', schema: entryResponse } },
    links: ['/api/funds/{id}/ledger/{entryId}'],
    errors: ['ENTRY_NOT_FOUND', 'NOT_REVERSIBLE', 'ALREADY_REVERSED'],
  },
  {
    method: 'post',
    path: '/api/funds/{id}/expenses',
    summary: 'Submit an expense with its receipt',
    access: ['host', 'coordinator'],
    body: expenseBody,
    responses: created('Expense', expenseResponse),
    errors: ['UNKNOWN_LINE_ITEM'],
  },
  {
    method: 'get',
    path: '/api/funds/{id}/expenses',
    summary: 'Expenses (coordinators: all; hosts: theirs)',
    access: 'authenticated',
    query: pageQuery,
    responses: ok('Expenses', pageSchema(expenseResponse)),
  },
  {
    method: 'get',
    path: '/api/funds/{id}/expenses/{expenseId}',
    summary: 'An expense (coordinators; a host, one they submitted)',
    access: ['host', 'coordinator'],
    responses: ok('Expense', expenseResponse),
    errors: ['EXPENSE_NOT_FOUND', 'NOT_ALLOWED'],
  },
  {
    method: 'post',
    path: '/api/funds/{id}/expenses/{expenseId}/approve',
    summary:
      'Approve: recorded as paid in the ledger (beyond its budget line or the money available, with an override reason)',
    access: ['coordinator'],
    body: decisionBody,
    responses: ok('Expense', expenseResponse),
    errors: ['EXPENSE_DECIDED', 'OVER_BUDGET'],
  },
  {
    method: 'post',
    path: '/api/funds/{id}/expenses/{expenseId}/reject',
    summary: 'Reject with a reason',
    access: ['coordinator'],
    body: rejectionBody,
    responses: ok('Expense', expenseResponse),
    errors: ['EXPENSE_DECIDED'],
  },
  {
    method: 'get',
    path: '/api/funds/{id}/statements/me',
    summary: 'What my money paid for (or an organisation I act for: organisationId)',
    access: 'authenticated',
    query: statementQuery,
    responses: ok('Statement', funderStatementResponse),
    errors: statementErrors,
  },
  {
    method: 'get',
    path: '/api/funds/{id}/statements/me.csv',
    summary: 'My contributions as CSV',
    access: 'authenticated',
    query: statementQuery,
    responses: { 200: { description: 'text/csv' } },
    errors: statementErrors,
  },
  {
    method: 'get',
    path: '/api/funds/{id}/statements/me/certificate.html',
    summary: 'Yearly certificate, printable to PDF',
    access: 'authenticated',
    query: statementQuery,
    responses: { 200: { description: 'text/html' } },
    errors: statementErrors,
  },
  ...opsRouteDocs('funds'),
];
