import {
  workshopArchivedV1,
  workshopPublishedV1,
  workshopUpdatedV1,
  type Envelope,
} from '@fabrique/contracts';
import { workshopErrors } from './errors.js';
import { searchTokens } from './search-tokens.js';

export const SOURCE = 'fabrique/workshops';

export type WorkshopStatus = 'draft' | 'published' | 'archived';

/** A workshop's status in a French error detail (the English one names it as is). */
const FRENCH_STATUS: Record<WorkshopStatus, string> = {
  draft: 'brouillon',
  published: 'publié',
  archived: 'archivé',
};

/** Free, or a suggested contribution in euro cents. */
export type PricePolicy = { type: 'free' } | { type: 'suggested'; suggestedCents: number };

export interface Workshop {
  id: string;
  title: string;
  kind: string;
  description: string;
  hostIds: string[];
  defaultVenueId: string | null;
  /** Commune of the default venue: where the workshop is found in the catalogue. */
  commune: string | null;
  defaultCapacity: number;
  defaultDurationMinutes: number;
  audience: { ages?: string | undefined; languages: string[] };
  pricePolicy: PricePolicy;
  status: WorkshopStatus;
  /** The winning participatory-budget project it carries out, when a coordinator linked it. */
  projectId?: string | null;
  tokens: string[];
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export type WorkshopDraft = Omit<
  Workshop,
  'id' | 'status' | 'tokens' | 'createdAt' | 'updatedAt' | 'version'
>;
export type WorkshopChanges = Partial<Omit<WorkshopDraft, 'hostIds'>> & {
  hostIds?: string[] | undefined;
};

export interface WorkshopChange {
  workshop: Workshop;
  events: Envelope[];
}

function eventData(w: Workshop) {
  const { id: workshopId, title, kind, hostIds, defaultVenueId, commune, status, version } = w;
  const projectId = w.projectId ?? null;
  return { workshopId, title, kind, hostIds, defaultVenueId, commune, status, version, projectId };
}

export function draftWorkshop(draft: WorkshopDraft, id: string, now: Date): Workshop {
  return {
    ...draft,
    id,
    status: 'draft',
    tokens: searchTokens(draft.title, draft.description),
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
}

/** Edits bump the version; a published workshop tells consumers, a draft has none yet. */
export function editWorkshop(
  current: Workshop,
  changes: WorkshopChanges,
  now: Date,
): WorkshopChange {
  if (current.status === 'archived') throw workshopErrors.WORKSHOP_ARCHIVED();
  const next = {
    ...current,
    ...stripUndefined(changes),
    updatedAt: now,
    version: current.version + 1,
  };
  const workshop = { ...next, tokens: searchTokens(next.title, next.description) };
  const events =
    workshop.status === 'published'
      ? [
          workshopUpdatedV1.create(
            { subject: workshop.id, source: SOURCE },
            eventData(workshop),
            now,
          ),
        ]
      : [];
  return { workshop, events };
}

export function changeStatus(current: Workshop, status: WorkshopStatus, now: Date): WorkshopChange {
  const allowed: Record<WorkshopStatus, WorkshopStatus[]> = {
    draft: ['published', 'archived'],
    published: ['archived'],
    archived: [],
  };
  if (!allowed[current.status].includes(status))
    throw workshopErrors.INVALID_TRANSITION({
      fr: `Passer de « ${FRENCH_STATUS[current.status]} » à « ${FRENCH_STATUS[status]} » n’est pas permis.`,
      en: `${current.status} → ${status} is not allowed.`,
    });
  const workshop = { ...current, status, updatedAt: now, version: current.version + 1 };
  const definition = status === 'published' ? workshopPublishedV1 : workshopArchivedV1;
  return {
    workshop,
    events: [definition.create({ subject: workshop.id, source: SOURCE }, eventData(workshop), now)],
  };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
