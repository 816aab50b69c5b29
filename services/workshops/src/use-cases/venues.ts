import { newId } from '@fabrique/contracts';
import { commonErrors, hasRole } from '@fabrique/service-kit';
import { workshopErrors } from '../domain/errors.js';
import { venueEvent, type Venue } from '../domain/venue.js';
import { findVenue, insertVenue, saveVenue } from '../store/venue.store.js';
import type { Actor, WorkshopsDeps } from './deps.js';
import { assertVersion } from './guards.js';

export type VenueInput = Pick<
  Venue,
  'name' | 'address' | 'commune' | 'maxCapacity' | 'accessibility' | 'equipment'
>;

/** A venue is in one of the network's communes (by id), not an archived one. */
async function assertNetworkCommune(deps: WorkshopsDeps, commune: string): Promise<void> {
  const known = await deps.models.communes
    .findById(commune)
    .lean<{ _id: string; archivedAt?: Date | null }>();
  if (!known || known.archivedAt)
    throw workshopErrors.UNKNOWN_COMMUNE({
      fr: `« ${commune} » ne fait pas partie des communes du réseau : utilisez un identifiant de GET /api/communes.`,
      en: `"${commune}" is not one of the network's communes: use an id from GET /api/communes.`,
    });
}

/** A coordinator's venue is active at once; a host's is a proposal until a coordinator activates it. */
export async function createVenue(
  deps: WorkshopsDeps,
  actor: Actor,
  input: VenueInput,
): Promise<Venue> {
  const coordinator = hasRole(actor, 'coordinator');
  if (!coordinator && !hasRole(actor, 'host'))
    throw commonErrors.FORBIDDEN({
      fr: 'Seules les personnes qui animent des ateliers et la coordination peuvent ajouter des lieux.',
      en: 'Only hosts and coordinators add venues.',
    });
  await assertNetworkCommune(deps, input.commune);
  const venue: Venue = {
    ...input,
    id: newId(),
    status: coordinator ? 'active' : 'proposed',
    proposedBy: coordinator ? null : actor.accountId,
    createdAt: deps.now(),
    version: 1,
  };
  await deps.outbox.save(deps.models.venues, venue.id, undefined, () =>
    insertVenue(deps.models, venue, [venueEvent(venue, venue.createdAt)]),
  );
  return venue;
}

export async function updateVenue(
  deps: WorkshopsDeps,
  actor: Actor,
  id: string,
  version: number,
  changes: Partial<VenueInput> & { status?: Venue['status'] | undefined },
): Promise<Venue> {
  if (!hasRole(actor, 'coordinator'))
    throw commonErrors.FORBIDDEN({
      fr: 'Seule la coordination peut modifier les lieux.',
      en: 'Only coordinators change venues.',
    });
  const current = await findVenue(deps.models, id);
  if (!current) throw workshopErrors.VENUE_NOT_FOUND();
  assertVersion(current, version);
  if (changes.commune !== undefined && changes.commune !== current.commune)
    await assertNetworkCommune(deps, changes.commune);
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  const venue = { ...current, ...defined, version: current.version + 1 };
  const events = [venueEvent(venue, deps.now())];
  const saved = await deps.outbox.save(deps.models.venues, venue.id, events, () =>
    saveVenue(deps.models, version, venue, events),
  );
  if (!saved) throw workshopErrors.PRECONDITION_FAILED();
  return venue;
}

/**
 * A coordinator retires a venue: hidden from the lists, no new workshops or sessions there
 * (those already planned stay, as does its history). Archiving it again changes nothing.
 */
export async function archiveVenue(deps: WorkshopsDeps, actor: Actor, id: string): Promise<Venue> {
  if (!hasRole(actor, 'coordinator'))
    throw commonErrors.FORBIDDEN({
      fr: 'Seule la coordination peut archiver les lieux.',
      en: 'Only coordinators archive venues.',
    });
  const current = await findVenue(deps.models, id);
  if (!current) throw workshopErrors.VENUE_NOT_FOUND();
  if (current.status === 'archived') return current;
  const venue: Venue = { ...current, status: 'archived', version: current.version + 1 };
  const events = [venueEvent(venue, deps.now())];
  const saved = await deps.outbox.save(deps.models.venues, venue.id, events, () =>
    saveVenue(deps.models, current.version, venue, events),
  );
  if (!saved) throw workshopErrors.PRECONDITION_FAILED();
  return venue;
}
