import { hasRole } from '@fabrique/service-kit';
import { queryTokens } from '../domain/search-tokens.js';
import type { Workshop } from '../domain/workshop.js';
import { displayNamesOf } from '../store/people.store.js';
import { listWorkshops } from '../store/workshop.store.js';
import type { Actor, WorkshopsDeps } from './deps.js';

export interface WorkshopListQuery {
  kind?: string | undefined;
  commune?: string | undefined;
  /** Free words, matched against the workshops' search tokens. */
  q?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

export interface WorkshopList {
  items: Workshop[];
  nextCursor: string | null;
  /** The hosts' display names, for the answer's `hosts`. */
  names: Map<string, string>;
}

/** Hosts' display names (a host accounts has not told about yet has none). */
export function hostNames(deps: WorkshopsDeps, hostIds: string[]): Promise<Map<string, string>> {
  return displayNamesOf(deps.models, hostIds);
}

/**
 * One page of workshops, by id: published ones for everybody, plus the caller's own drafts
 * and archived ones (all of them for a coordinator).
 */
export async function listVisibleWorkshops(
  deps: WorkshopsDeps,
  actor: Actor | undefined,
  query: WorkshopListQuery,
): Promise<WorkshopList> {
  const visibleTo = actor
    ? { accountId: actor.accountId, coordinator: hasRole(actor, 'coordinator') }
    : undefined;
  const items = await listWorkshops(deps.models, {
    kind: query.kind,
    commune: query.commune,
    tokens: query.q ? queryTokens(query.q) : [],
    visibleTo,
    after: query.cursor,
    limit: query.limit,
  });
  const last = items.at(-1);
  return {
    items,
    nextCursor: items.length === query.limit && last ? last.id : null,
    names: await hostNames(
      deps,
      items.flatMap((w) => w.hostIds),
    ),
  };
}
