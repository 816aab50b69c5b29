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
  status: 'active' | 'proposed';
  proposedBy: string | null;
  createdAt: Date;
  version: number;
}
