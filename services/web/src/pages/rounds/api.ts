import type {
  BallotResponse,
  FundResponse,
  KindResponse,
  ProjectProducedResponse,
  ProposalRecordResponse,
  ProposalResponse,
  ProposalResultResponse,
  RoundDetailResponse,
  RoundResponse,
  RoundResultsResponse,
} from '@fabrique/contracts';
import { api, apiAll } from '../../api/client.js';
import { ApiError } from '../../api/problem.js';

/** In the order a round goes through them (funds service, domain/round.ts). */
export const PHASES = [
  'upcoming',
  'proposals',
  'review',
  'voting',
  'results',
  'closed',
] as const satisfies readonly RoundResponse['phase'][];
export type Phase = RoundResponse['phase'];

export type RoundMethod = RoundResponse['method'];

/** The dates that start each phase after `upcoming`, in order. */
export const PHASE_STARTS = [
  ['proposals', 'proposalsOpenAt'],
  ['review', 'reviewStartsAt'],
  ['voting', 'votingStartsAt'],
  ['results', 'votingEndsAt'],
  ['closed', 'closesAt'],
] as const;

export type ScheduleField = (typeof PHASE_STARTS)[number][1];

export type Round = RoundResponse;
/** A proposal as its round shows it: `mine` instead of its author. */
export type Proposal = ProposalResponse;
export type RoundDetail = RoundDetailResponse;
/** A proposal as its author sends or edits it and a coordinator reviews it (every field). */
export type ProposalRecord = ProposalRecordResponse;
export type Ballot = BallotResponse;
export type ProposalResult = ProposalResultResponse;
/** What a winning project produced so far (sessions of its linked workshops, money spent). */
export type ProjectProduced = ProjectProducedResponse;
export type RoundResults = RoundResultsResponse;
export type Fund = Pick<FundResponse, 'id' | 'name' | 'memberCommunes'>;

export type Kind = KindResponse;

export interface ProposalBody {
  title: string;
  description: string;
  commune: string;
  costCents: number;
  kind: string;
}

export interface ReviewBody {
  feasible: boolean;
  reason: string;
  adjustedCostCents?: number;
  costNote?: string;
}

export interface RoundBody {
  fundId: string;
  title: string;
  envelopeCents: number;
  envelopesByCommune: Record<string, number> | null;
  communes: string[];
  verifiedOnly: boolean;
  method: RoundMethod;
  proposalsOpenAt: string;
  reviewStartsAt: string;
  votingStartsAt: string;
  votingEndsAt: string;
  closesAt: string;
}

/** Query keys: a round's view depends on who looks (`mine` on proposals). */
export const keys = {
  rounds: ['rounds'] as const,
  round: (id: string, viewer: string | null) => ['rounds', id, viewer] as const,
  ballot: (id: string, viewer: string | null) => ['rounds', id, 'ballot', viewer] as const,
  results: (id: string) => ['rounds', id, 'results'] as const,
};

const path = (id: string) => `/api/rounds/${encodeURIComponent(id)}`;

export const fetchRounds = () => apiAll<Round>('/api/rounds');
export const fetchRound = (id: string) => api<RoundDetail>(path(id));
export const fetchResults = (id: string) => api<RoundResults>(`${path(id)}/results`);
export const fetchFunds = () => apiAll<Fund>('/api/funds');
export const fetchKinds = () => apiAll<Kind>('/api/workshops/kinds');

/** My ballot, or null when I have not voted yet (the API answers BALLOT_NOT_FOUND). */
export async function fetchMyBallot(id: string): Promise<Ballot | null> {
  try {
    return await api<Ballot>(`${path(id)}/ballot`);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'BALLOT_NOT_FOUND') return null;
    throw error;
  }
}

export const createRound = (body: RoundBody, idempotencyKey: string) =>
  api<Round>('/api/rounds', { method: 'POST', body, idempotencyKey });

export const submitProposal = (id: string, body: ProposalBody, idempotencyKey: string) =>
  api<ProposalRecord>(`${path(id)}/proposals`, { method: 'POST', body, idempotencyKey });

export const editProposal = (id: string, proposalId: string, body: Partial<ProposalBody>) =>
  api<ProposalRecord>(`${path(id)}/proposals/${encodeURIComponent(proposalId)}`, {
    method: 'PATCH',
    body,
  });

export const reviewProposal = (id: string, proposalId: string, body: ReviewBody) =>
  api<ProposalRecord>(`${path(id)}/proposals/${encodeURIComponent(proposalId)}/review`, {
    method: 'POST',
    body,
  });

export const castBallot = (id: string, choices: string[]) =>
  api<Ballot>(`${path(id)}/ballot`, { method: 'PUT', body: { choices } });
