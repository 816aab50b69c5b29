import type { z } from 'zod';
import {
  ballotResponse,
  pageSchema,
  proposalRecordResponse,
  roundDetailResponse,
  roundResponse,
  roundResultsResponse,
} from '@fabrique/contracts';
import { pageQuery, type RouteDoc } from '@fabrique/service-kit';
import {
  advanceBody,
  ballotBody,
  proposalBody,
  proposalPatch,
  reviewBody,
  roundBody,
} from './round-schemas.js';
import { idParams, proposalParams } from './schemas.js';

const ok = (description: string, schema: z.ZodType) => ({ 200: { description, schema } });
const phase = ['ROUND_NOT_FOUND', 'WRONG_PHASE'];

/** The participatory-budget part of the funds service's contract. */
export const roundDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/rounds',
    summary: 'Rounds with their current phase',
    access: 'public',
    query: pageQuery,
    responses: ok('Rounds', pageSchema(roundResponse)),
  },
  {
    method: 'post',
    path: '/api/rounds',
    summary:
      'Set up a round: envelope, voters’ communes, method (approval up to K, or knapsack), phase dates',
    access: ['coordinator'],
    body: roundBody,
    responses: { 201: { description: 'Round', schema: roundResponse } },
    errors: ['FUND_NOT_FOUND', 'INVALID_ROUND'],
  },
  {
    method: 'get',
    path: '/api/rounds/{id}',
    params: idParams,
    summary: 'A round, its phase and its proposals (never ballots)',
    access: 'public',
    responses: ok('Round', roundDetailResponse),
    errors: ['ROUND_NOT_FOUND'],
  },
  {
    method: 'post',
    path: '/api/rounds/{id}/proposals',
    params: idParams,
    summary: 'Propose a project (residents of the round’s communes, proposals phase)',
    access: 'authenticated',
    body: proposalBody,
    responses: { 201: { description: 'Proposal', schema: proposalRecordResponse } },
    errors: [...phase, 'NOT_ELIGIBLE', 'EMAIL_NOT_VERIFIED', 'ABOVE_ENVELOPE'],
  },
  {
    method: 'patch',
    path: '/api/rounds/{id}/proposals/{proposalId}',
    params: proposalParams,
    summary: 'Edit my proposal until the review starts',
    access: 'authenticated',
    body: proposalPatch,
    responses: ok('Proposal', proposalRecordResponse),
    errors: [...phase, 'NOT_YOUR_PROPOSAL', 'PROPOSAL_NOT_FOUND', 'ABOVE_ENVELOPE'],
  },
  {
    method: 'post',
    path: '/api/rounds/{id}/proposals/{proposalId}/review',
    params: proposalParams,
    summary: 'Mark feasible or not with a public reason; adjust the cost with a note',
    access: ['coordinator'],
    body: reviewBody,
    responses: ok('Proposal', proposalRecordResponse),
    errors: [...phase, 'PROPOSAL_NOT_FOUND'],
  },
  {
    method: 'post',
    path: '/api/rounds/{id}/advance',
    params: idParams,
    summary:
      'Start the review (from proposals) or the vote (from review, every proposal reviewed) before its date',
    access: ['coordinator'],
    body: advanceBody,
    responses: ok('Round', roundResponse),
    errors: [...phase, 'NOT_ALL_REVIEWED'],
  },
  {
    method: 'put',
    path: '/api/rounds/{id}/ballot',
    params: idParams,
    summary: 'Cast or replace my ballot (voting phase)',
    access: 'authenticated',
    body: ballotBody,
    responses: ok('My ballot', ballotResponse),
    errors: [...phase, 'NOT_ELIGIBLE', 'EMAIL_NOT_VERIFIED', 'BALLOT_INVALID'],
  },
  {
    method: 'get',
    path: '/api/rounds/{id}/ballot',
    params: idParams,
    summary: 'My ballot (nobody else’s, ever)',
    access: 'authenticated',
    responses: ok('My ballot', ballotResponse),
    errors: ['ROUND_NOT_FOUND', 'BALLOT_NOT_FOUND'],
  },
  {
    method: 'get',
    path: '/api/rounds/{id}/results',
    params: idParams,
    summary:
      'Results once voting closed: votes, selection within the envelope, turnout per commune',
    access: 'public',
    responses: ok('Results', roundResultsResponse),
    errors: phase,
  },
];
