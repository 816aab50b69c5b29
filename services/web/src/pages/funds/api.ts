/**
 * The funds service as the pages see it: response shapes (the contracts' funds answers),
 * fetchers and query keys. Money is always integer cents.
 */
import type {
  CommuneShareResponse,
  ContributorStandingResponse,
  CostRowResponse,
  DeliveredTotalsResponse,
  ExpenseResponse,
  FundResponse,
  FundSummaryResponse,
  FunderStatementResponse,
  KindResponse,
  LineItemResponse,
  MonthFiguresResponse,
  OrganisationResponse,
  WorkshopResponse,
} from '@fabrique/contracts';
import { api, apiAll, type Page } from '../../api/client.js';
import { ApiError, problemFrom } from '../../api/problem.js';

export type Category = keyof FundResponse['shares'];
export const CATEGORIES: Category[] = ['municipalities', 'businesses', 'residents'];

export type LineItem = LineItemResponse;
export type Fund = FundResponse;
export type Delivered = DeliveredTotalsResponse;
export type CommuneShare = CommuneShareResponse;
export type CostRow = CostRowResponse;
export type Summary = FundSummaryResponse;
export type MonthFigures = MonthFiguresResponse;
export type Expense = ExpenseResponse;
/** `residents`: one line totalling the residents' gifts (only coordinators see each one). */
export type Contributor = ContributorStandingResponse;
export type Statement = FunderStatementResponse;

/** A funder as the accounts service answers it. */
export type Organisation = OrganisationResponse;

export const keys = {
  all: ['funds'] as const,
  fund: (id: string) => ['funds', id] as const,
  summary: (id: string) => ['funds', id, 'summary'] as const,
  expenses: (id: string) => ['funds', id, 'expenses'] as const,
  declarations: (id: string) => ['funds', id, 'declarations'] as const,
  contributors: (id: string) => ['funds', id, 'contributors'] as const,
  statement: (id: string, org: string) => ['funds', id, 'statement', org] as const,
  organisations: ['funds-organisations'] as const,
  kinds: ['funds-kinds'] as const,
  workshops: ['funds-workshops'] as const,
};

const fundPath = (id: string) => `/api/funds/${encodeURIComponent(id)}`;

export const fetchFunds = () => apiAll<Fund>('/api/funds');
export const fetchFund = (id: string) => api<Fund>(fundPath(id));

/**
 * The public summary, read past the browser cache (the service allows 30 s): right after a
 * session closes, the people who ran it come here to see their hours counted.
 */
export async function fetchSummary(id: string): Promise<Summary> {
  let response: Response;
  try {
    response = await fetch(`${fundPath(id)}/summary`, {
      cache: 'no-cache',
      headers: { accept: 'application/json' },
    });
  } catch {
    throw new ApiError(0, 'NETWORK', undefined);
  }
  if (!response.ok) throw await problemFrom(response);
  return (await response.json()) as Summary;
}

export const fetchExpenses = (id: string) => apiAll<Expense>(`${fundPath(id)}/expenses`);

export const fetchContributors = (id: string) =>
  apiAll<Contributor>(`${fundPath(id)}/contributors`);

export const statementPath = (id: string, organisationId: string, suffix = '') =>
  `${fundPath(id)}/statements/me${suffix}${organisationId ? `?organisationId=${encodeURIComponent(organisationId)}` : ''}`;

export const fetchStatement = (id: string, organisationId: string) =>
  api<Statement>(statementPath(id, organisationId));

export const fetchOrganisations = () => apiAll<Organisation>('/api/organisations');

/** Workshop kinds' labels (`repair` → « Réparation »), to name the rows of the charts. */
export async function fetchKindLabels(): Promise<Record<string, string>> {
  const items = await apiAll<KindResponse>('/api/workshops/kinds');
  return Object.fromEntries(items.map((k) => [k.id, k.label]));
}

export type WorkshopRef = WorkshopResponse;

/** The first workshops of the catalogue (the service has no « mine » filter: the caller sorts). */
export const fetchWorkshops = async () =>
  (await api<Page<WorkshopRef>>('/api/workshops?limit=100')).items;

export { fundPath };
