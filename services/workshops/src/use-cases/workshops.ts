import { newId, type Envelope } from '@fabrique/contracts';
import { commonErrors, hasRole } from '@fabrique/service-kit';
import { workshopErrors } from '../domain/errors.js';
import { canSeeDraft } from '../domain/permissions.js';
import {
  changeStatus,
  draftWorkshop,
  editWorkshop,
  type Workshop,
  type WorkshopChanges,
  type WorkshopDraft,
  type WorkshopStatus,
} from '../domain/workshop.js';
import { refreshSessionsOf } from '../store/session.store.js';
import { findVenue } from '../store/venue.store.js';
import { findWorkshop, insertWorkshop, saveWorkshop } from '../store/workshop.store.js';
import type { Actor, WorkshopsDeps } from './deps.js';
import { assertVersion, editableWorkshop } from './guards.js';

export type WorkshopInput = Omit<WorkshopDraft, 'commune' | 'hostIds'> & {
  hostIds?: string[] | undefined;
};

async function assertKnownKind(deps: WorkshopsDeps, kind: string | undefined): Promise<void> {
  if (kind === undefined) return;
  const known = await deps.models.kinds.findById(kind).lean<{ archivedAt?: Date | null }>();
  if (!known || known.archivedAt)
    throw workshopErrors.UNKNOWN_KIND({
      fr: `« ${kind} » n’est pas un type d’atelier proposé (GET /api/workshops/kinds).`,
      en: `"${kind}" is not a kind of workshop offered (GET /api/workshops/kinds).`,
    });
}

async function communeOfVenue(
  deps: WorkshopsDeps,
  venueId: string | null | undefined,
): Promise<string | null> {
  if (!venueId) return null;
  const venue = await findVenue(deps.models, venueId);
  if (!venue) throw workshopErrors.VENUE_NOT_FOUND();
  if (venue.status === 'archived') throw workshopErrors.VENUE_ARCHIVED();
  return venue.commune;
}

/** Only a coordinator links a workshop to a winning project, one the funds announced. */
async function assertProject(deps: WorkshopsDeps, actor: Actor, projectId?: string | null) {
  if (!projectId) return;
  if (!hasRole(actor, 'coordinator'))
    throw commonErrors.FORBIDDEN({
      fr: 'Seule la coordination peut faire d’un projet lauréat un atelier.',
      en: 'Only coordinators turn a winning project into a workshop.',
    });
  if (!(await deps.models.projects.exists({ _id: projectId })))
    throw workshopErrors.UNKNOWN_PROJECT({
      fr: `« ${projectId} » n’est pas (encore) un projet lauréat.`,
      en: `"${projectId}" is not a winning project (yet).`,
    });
}

/** Hosts create drafts they host; a coordinator names the hosts. */
export async function createWorkshop(
  deps: WorkshopsDeps,
  actor: Actor,
  input: WorkshopInput,
): Promise<Workshop> {
  const coordinator = hasRole(actor, 'coordinator');
  if (!coordinator && !hasRole(actor, 'host'))
    throw commonErrors.FORBIDDEN({
      fr: 'Seules les personnes qui animent des ateliers et la coordination peuvent créer des ateliers.',
      en: 'Only hosts and coordinators create workshops.',
    });
  const hostIds = [
    ...new Set(
      coordinator
        ? (input.hostIds ?? [actor.accountId])
        : [actor.accountId, ...(input.hostIds ?? [])],
    ),
  ];
  await assertKnownKind(deps, input.kind);
  await assertProject(deps, actor, input.projectId);
  const commune = await communeOfVenue(deps, input.defaultVenueId);
  const workshop = draftWorkshop({ ...input, hostIds, commune }, newId(), deps.now());
  await insertWorkshop(deps.models, workshop);
  return workshop;
}

/** Drafts exist only for their hosts and coordinators: anybody else gets 404. */
export async function readWorkshop(
  deps: WorkshopsDeps,
  actor: Actor | undefined,
  id: string,
): Promise<Workshop> {
  const workshop = await findWorkshop(deps.models, id);
  if (!workshop || (workshop.status === 'draft' && !canSeeDraft(actor, workshop.hostIds)))
    throw workshopErrors.WORKSHOP_NOT_FOUND();
  return workshop;
}

async function save(
  deps: WorkshopsDeps,
  readVersion: number,
  change: { workshop: Workshop; events: Envelope[] },
): Promise<Workshop> {
  const saved = await deps.outbox.save(
    deps.models.workshops,
    change.workshop.id,
    change.events,
    () => saveWorkshop(deps.models, readVersion, change.workshop, change.events),
  );
  if (!saved) throw workshopErrors.PRECONDITION_FAILED();
  const { title, kind, tokens, hostIds, status } = change.workshop;
  await refreshSessionsOf(deps.models, change.workshop.id, {
    title,
    kind,
    tokens,
    hostIds,
    listed: status === 'published',
  });
  await deps.catalogue?.refreshWorkshop(change.workshop.id);
  return change.workshop;
}

export async function updateWorkshop(
  deps: WorkshopsDeps,
  actor: Actor,
  id: string,
  version: number,
  changes: WorkshopChanges,
): Promise<Workshop> {
  const current = await editableWorkshop(deps, actor, id);
  assertVersion(current, version);
  // What stays as it was is not checked again: a workshop of a kind or at a venue archived
  // since keeps them while its other details change.
  if (changes.kind !== current.kind) await assertKnownKind(deps, changes.kind);
  const commune =
    changes.defaultVenueId === undefined || changes.defaultVenueId === current.defaultVenueId
      ? current.commune
      : await communeOfVenue(deps, changes.defaultVenueId);
  return save(deps, version, editWorkshop(current, { ...changes, commune }, deps.now()));
}

export async function setWorkshopStatus(
  deps: WorkshopsDeps,
  actor: Actor,
  id: string,
  status: WorkshopStatus,
): Promise<Workshop> {
  const current = await editableWorkshop(deps, actor, id);
  return save(deps, current.version, changeStatus(current, status, deps.now()));
}
