import { venueRegisteredV1, venueUpdatedV1, type Envelope } from '@fabrique/contracts';
import { SOURCE } from './workshop.js';

/** A place where sessions happen; hosts may propose one, a coordinator makes it active. */
export interface Venue {
  id: string;
  name: string;
  address: string;
  /** Commune id (slug), e.g. `vassieux-en-vercors`. */
  commune: string;
  maxCapacity: number;
  accessibility: string;
  equipment: string[];
  /** `archived`: retired by a coordinator; no new workshops or sessions there. */
  status: 'active' | 'proposed' | 'archived';
  proposedBy: string | null;
  createdAt: Date;
  version: number;
}

/** The event every venue change emits: messages to residents name the place from it. */
export function venueEvent(venue: Venue, now: Date): Envelope {
  const definition = venue.version === 1 ? venueRegisteredV1 : venueUpdatedV1;
  const data = {
    venueId: venue.id,
    name: venue.name,
    address: venue.address,
    commune: venue.commune,
    status: venue.status,
    version: venue.version,
  };
  return definition.create({ subject: venue.id, source: SOURCE }, data, now);
}
