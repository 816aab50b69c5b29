/**
 * The funds service as the pages see it: response shapes (services/funds/src/http/views.ts and
 * domain/summary.ts), fetchers and query keys. Money is always integer cents.
 */
import { api, apiAll, type Page } from '../../api/client.js';
import { ApiError, problemFrom } from '../../api/problem.js';

export type Category = 'municipalities' | 'businesses' | 'residents';
export const CATEGORIES: Category[] = ['municipalities', 'businesses', 'residents'];

export interface LineItem {
  id: string;
  label: string;
  budgetCents: number;
}

export interface Fund {
  id: string;
  name: string;
  periodStart: string;
  periodEnd: string;
  targetCents: number;
  shares: Record<Category, number>;
  memberCommunes: string[];
  lineItems: LineItem[];
  behindMarginBps: number;
  /** Retired by a coordinator: takes nothing new (its pages stay readable). */
  archivedAt?: string | null;
}

export interface Delivered {
  sessions: number;
  workshopHours: number;
  participantHours: number;
  attendees: number;
}

export interface CommuneShare {
  commune: string;
  targetCents: number;
  pledgedCents: number;
  paidCents: number;
  outstandingCents: number;
  expectedCents: number;
  behindByCents: number;
  behind: boolean;
}

export interface CostRow {
  key: string;
  spentCents: number;
  participantHours: number;
  centsPerParticipantHour: number | null;
}

export interface Summary {
  fundId: string;
  name: string;
  periodStart: string;
  periodEnd: string;
  targetCents: number;
  totals: {
    pledgedCents: number;
    contributedCents: number;
    allocatedCents: number;
    spentCents: number;
    refundedCents: number;
    balanceCents: number;
    availableCents: number;
  };
  byCategory: {
    category: Category;
    targetCents: number;
    pledgedCents: number;
    contributedCents: number;
    progress: number;
  }[];
  equalShare: { municipalTargetCents: number; marginBps: number; communes: CommuneShare[] };
  delivered: Delivered & {
    byKind: (Delivered & { key: string })[];
    byVenueCommune: (Delivered & { key: string })[];
  };
  costPerParticipantHour: {
    overallCents: number | null;
    byVenueCommune: CostRow[];
    byKind: CostRow[];
  };
  budget: {
    lineItemId: string;
    label: string;
    budgetCents: number;
    spentCents: number;
    remainingCents: number;
  }[];
  /** The whole period, month by month (funds' domain/months.ts). */
  months: MonthFigures[];
  /** Volunteers' hours and their value: beside the money, never in the balance. */
  inKind: { volunteerHours: number; volunteers: number; valuedCents: number };
}

export interface MonthFigures {
  month: string;
  contributedCents: Record<Category, number>;
  sessions: number;
  workshopHours: number;
  participantHours: number;
  volunteerHours: number;
}

export interface Expense {
  id: string;
  amountCents: number;
  lineItemId: string;
  receiptRef: string;
  description: string;
  status: 'submitted' | 'approved' | 'rejected';
  submittedBy: string;
  submittedAt: string;
  decidedAt: string | null;
  reason: string | null;
}

export interface Contributor {
  /** `residents`: one line totalling the residents' gifts (only coordinators see each one). */
  contributor: { type: 'account' | 'organisation' | 'residents'; id: string };
  category: Category | null;
  commune: string | null;
  pledgedCents: number;
  paidCents: number;
  outstandingCents: number;
}

export interface Statement {
  fundId: string;
  fundName: string;
  funder: { type: 'account' | 'organisation'; id: string; name: string };
  period: { from: string; to: string };
  contributions: { entryId: string; amountCents: number; occurredAt: string; reference: string }[];
  contributedCents: number;
  pledgedCents: number;
  outstandingPledgeCents: number;
  allContributionsCents: number;
  share: number;
  delivered: Delivered;
  attributed: { workshopHours: number; participantHours: number; attendees: number };
  /** Volunteers' time in the period, and the funder's own: beside the money, never in it. */
  inKind: {
    volunteerHours: number;
    volunteers: number;
    valuedCents: number;
    given: { volunteerHours: number; valuedCents: number; sessions: unknown[] };
  };
}

export interface Organisation {
  id: string;
  name: string;
  kind: 'municipality' | 'business' | 'association';
  commune: string | null;
}

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
  const items = await apiAll<{ id: string; label: string }>('/api/workshops/kinds');
  return Object.fromEntries(items.map((k) => [k.id, k.label]));
}

export interface WorkshopRef {
  id: string;
  title: string;
  hostIds: string[];
}

/** The first workshops of the catalogue (the service has no « mine » filter: the caller sorts). */
export const fetchWorkshops = async () =>
  (await api<Page<WorkshopRef>>('/api/workshops?limit=100')).items;

export { fundPath };
