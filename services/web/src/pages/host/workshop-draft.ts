import { ApiError } from '../../api/problem.js';
import type { Workshop, WorkshopInput } from './api.js';
import { centsOf, euroText, gridMinutes, wholeNumber } from './numbers.js';

/** The workshop form as typed (every field a string until it is sent). */
export interface WorkshopDraft {
  title: string;
  kind: string;
  description: string;
  defaultVenueId: string;
  defaultCapacity: string;
  defaultDurationMinutes: string;
  price: string;
}

export type WorkshopField = keyof WorkshopDraft;

export const emptyWorkshopDraft: WorkshopDraft = {
  title: '',
  kind: '',
  description: '',
  defaultVenueId: '',
  defaultCapacity: '10',
  defaultDurationMinutes: '120',
  price: '',
};

export function draftOf(workshop: Workshop, locale: 'fr' | 'en'): WorkshopDraft {
  const cents = workshop.pricePolicy.type === 'suggested' ? workshop.pricePolicy.suggestedCents : 0;
  return {
    title: workshop.title,
    kind: workshop.kind,
    description: workshop.description,
    defaultVenueId: workshop.defaultVenueId ?? '',
    defaultCapacity: String(workshop.defaultCapacity),
    defaultDurationMinutes: String(workshop.defaultDurationMinutes),
    price: cents ? euroText(cents, locale) : '',
  };
}

/** Every field to fix before sending, at once (the same bounds as the API's schema). */
export function workshopProblems(draft: WorkshopDraft): Set<WorkshopField> {
  const problems = new Set<WorkshopField>();
  const title = draft.title.trim();
  if (title.length < 3 || title.length > 120) problems.add('title');
  if (!draft.kind) problems.add('kind');
  if (draft.description.trim().length > 5000) problems.add('description');
  if (wholeNumber(draft.defaultCapacity, 1, 500) === null) problems.add('defaultCapacity');
  if (gridMinutes(draft.defaultDurationMinutes) === null) problems.add('defaultDurationMinutes');
  const cents = centsOf(draft.price);
  if (cents === null || cents > 100_000) problems.add('price');
  return problems;
}

/** The body to send; call once `workshopProblems` is empty. */
export function workshopInputOf(draft: WorkshopDraft): WorkshopInput {
  const cents = centsOf(draft.price) ?? 0;
  return {
    title: draft.title.trim(),
    kind: draft.kind,
    description: draft.description.trim(),
    defaultVenueId: draft.defaultVenueId || null,
    defaultCapacity: Number(draft.defaultCapacity.trim()),
    defaultDurationMinutes: Number(draft.defaultDurationMinutes.trim()),
    pricePolicy: cents > 0 ? { type: 'suggested', suggestedCents: cents } : { type: 'free' },
  };
}

const CODE_FIELDS: Record<string, WorkshopField> = {
  UNKNOWN_KIND: 'kind',
  VENUE_NOT_FOUND: 'defaultVenueId',
};

/** Whether the server refused this field (by the body path it named, or by its error code). */
export function serverRefused(error: unknown, field: WorkshopField): boolean {
  if (!(error instanceof ApiError)) return false;
  if (CODE_FIELDS[error.code] === field) return true;
  const named = field === 'price' ? 'pricePolicy' : field;
  return Object.keys(error.fieldErrors).some((path) => path.split('.')[0] === named);
}
