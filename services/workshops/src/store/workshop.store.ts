import type { Envelope } from '@fabrique/contracts';
import { findByIds } from '@fabrique/service-kit';
import type { Workshop } from '../domain/workshop.js';
import type { WorkshopsModels } from './models.js';
import { fromDocument, toDocument, writeIfVersion } from './versioned-write.js';

type WorkshopDocument = Omit<Workshop, 'id'> & { _id: string };

export async function insertWorkshop(
  models: WorkshopsModels,
  workshop: Workshop,
  events: Envelope[] = [],
): Promise<void> {
  await models.workshops.create(toDocument(workshop, events));
}

export async function findWorkshop(
  models: WorkshopsModels,
  id: string,
): Promise<Workshop | undefined> {
  const doc = await models.workshops.findById(id, { outbox: 0 }).lean<WorkshopDocument>();
  return doc ? fromDocument(doc) : undefined;
}

/** Workshops' descriptions by id (the calendar feeds describe each session with them). */
export async function descriptionsOf(
  models: WorkshopsModels,
  ids: string[],
): Promise<Map<string, string>> {
  const docs = await findByIds<{ _id: string; description: string }>(models.workshops, ids, {
    description: 1,
  });
  return new Map(docs.map((d) => [d._id, d.description]));
}

export async function saveWorkshop(
  models: WorkshopsModels,
  readVersion: number,
  workshop: Workshop,
  events: Envelope[],
): Promise<boolean> {
  const { id, ...fields } = workshop;
  return writeIfVersion(models.workshops, id, readVersion, fields, events);
}

export interface WorkshopQuery {
  kind?: string | undefined;
  commune?: string | undefined;
  tokens: string[];
  /** Published ones for everybody, plus drafts and archived ones of this host (or all for a coordinator). */
  visibleTo: { accountId: string; coordinator: boolean } | undefined;
  after?: string | undefined;
  limit: number;
}

export async function listWorkshops(
  models: WorkshopsModels,
  q: WorkshopQuery,
): Promise<Workshop[]> {
  const visibility = q.visibleTo?.coordinator
    ? {}
    : {
        $or: [
          { status: 'published' },
          ...(q.visibleTo ? [{ hostIds: q.visibleTo.accountId }] : []),
        ],
      };
  const filter = {
    ...visibility,
    ...(q.kind && { kind: q.kind }),
    ...(q.commune && { commune: q.commune }),
    ...(q.tokens.length > 0 && { tokens: { $all: q.tokens } }),
    ...(q.after && { _id: { $gt: q.after } }),
  };
  const docs = await models.workshops
    .find(filter, { outbox: 0 })
    .sort({ _id: 1 })
    .limit(q.limit)
    .lean<WorkshopDocument[]>();
  return docs.map(fromDocument);
}
