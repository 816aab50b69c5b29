import type { Proposal, ProposalBody } from './api.js';
import { eurosInput, parsePositiveEuros } from '../../format/money.js';

/** The proposal form as typed (the cost is text until sent). */
export interface ProposalDraft {
  title: string;
  description: string;
  commune: string;
  kind: string;
  cost: string;
}

export type DraftField = keyof ProposalDraft;
export type Problems = Partial<Record<DraftField, true>>;

/** The kind a new proposal starts with: most projects do not fit one workshop kind. */
const DEFAULT_KIND = 'other';

export function emptyDraft(communes: string[], myCommune: string | null): ProposalDraft {
  const commune = myCommune && communes.includes(myCommune) ? myCommune : (communes[0] ?? '');
  return { title: '', description: '', commune, kind: DEFAULT_KIND, cost: '' };
}

export function draftOf(p: Proposal, locale: 'fr' | 'en'): ProposalDraft {
  return {
    title: p.title,
    description: p.description,
    commune: p.commune,
    kind: p.kind,
    cost: eurosInput(p.estimatedCostCents, locale),
  };
}

/** The body to send, or which fields need fixing first (the same limits as the API). */
export function readDraft(
  draft: ProposalDraft,
  communes: string[],
): { body: ProposalBody } | { problems: Problems } {
  const problems: Problems = {};
  const title = draft.title.trim();
  const description = draft.description.trim();
  const costCents = parsePositiveEuros(draft.cost);
  if (title.length < 3) problems.title = true;
  if (description.length === 0) problems.description = true;
  if (!communes.includes(draft.commune)) problems.commune = true;
  if (draft.kind.trim().length === 0) problems.kind = true;
  if (costCents === null) problems.cost = true;
  if (Object.keys(problems).length > 0 || costCents === null) return { problems };
  return { body: { title, description, commune: draft.commune, kind: draft.kind, costCents } };
}

/** Only what changed, as the edit route takes it. */
export function changesOf(before: Proposal, body: ProposalBody): Partial<ProposalBody> {
  const was: ProposalBody = { ...before, costCents: before.estimatedCostCents };
  const changed: Partial<ProposalBody> = {};
  for (const key of Object.keys(body) as (keyof ProposalBody)[])
    if (body[key] !== was[key]) Object.assign(changed, { [key]: body[key] });
  return changed;
}

/** The API names the cost `costCents`; the form calls it `cost`. */
export const API_PATHS: Record<DraftField, string> = {
  title: 'title',
  description: 'description',
  commune: 'commune',
  kind: 'kind',
  cost: 'costCents',
};
