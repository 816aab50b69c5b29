import type { z } from 'zod';
import { bankStatementMatchResponse, declarationResponse, pageSchema } from '@fabrique/contracts';
import type { RouteDoc } from '@fabrique/service-kit';
import {
  confirmationBody,
  declarationParams,
  declarationQuery,
  idParams,
  rejectionBody,
  statementMatchQuery,
} from './schemas.js';

const ok = (description: string, schema: z.ZodType) => ({ 200: { description, schema } });
const decided = ['DECLARATION_NOT_FOUND', 'DECLARATION_DECIDED', 'NOT_ALLOWED'];

/** Declared contributions and the bank statements that confirm them. */
export const declarationDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/funds/{id}/declarations',
    params: idParams,
    summary: 'Declared contributions: all for coordinators, your own for anyone else',
    access: 'authenticated',
    query: declarationQuery,
    responses: ok('Declarations, oldest first', pageSchema(declarationResponse)),
  },
  {
    method: 'get',
    path: '/api/funds/{id}/declarations/{declarationId}',
    params: declarationParams,
    summary: 'One declaration (its giver and coordinators)',
    access: 'authenticated',
    responses: ok('Declaration', declarationResponse),
    errors: ['DECLARATION_NOT_FOUND'],
  },
  {
    method: 'post',
    path: '/api/funds/{id}/declarations/{declarationId}/confirm',
    params: declarationParams,
    summary: 'Confirm a declaration against the bank statement: it becomes a contribution entry',
    access: ['coordinator'],
    body: confirmationBody,
    responses: ok('Declaration, confirmed, with its entryId', declarationResponse),
    errors: [...decided, 'RECEIPT_ALREADY_RECORDED', 'OUTSIDE_PERIOD'],
  },
  {
    method: 'post',
    path: '/api/funds/{id}/declarations/{declarationId}/reject',
    params: declarationParams,
    summary: 'Reject a declaration, with the reason its giver is told',
    access: ['coordinator'],
    body: rejectionBody,
    responses: ok('Declaration, rejected', declarationResponse),
    errors: decided,
  },
  {
    method: 'post',
    path: '/api/funds/{id}/bank-statements',
    params: idParams,
    summary:
      'Match a bank statement (text/csv: date, montant, libellé) against the declarations waiting; apply=true confirms the matches',
    access: ['coordinator'],
    query: statementMatchQuery,
    responses: ok(
      'Each credit line with its outcome, and the lines that could not be read',
      bankStatementMatchResponse,
    ),
    errors: ['STATEMENT_UNREADABLE', 'PAYLOAD_TOO_LARGE'],
  },
];
