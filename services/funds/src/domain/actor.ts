import { fundErrors } from './errors.js';

/** Who acts, as the rules need to know them: the claims of their verified access token. */
export interface Actor {
  accountId: string;
  roles: readonly string[];
  /** The commune they live in. */
  commune: string;
  /** They proved their email address. */
  emailVerified: boolean;
}

export const isCoordinator = (actor: Pick<Actor, 'roles'>): boolean =>
  actor.roles.includes('coordinator');

/** Declaring money and speaking for an organisation need a proved address (coordinators vouch). */
export function assertVerified(actor: Actor): void {
  if (!isCoordinator(actor) && !actor.emailVerified) throw fundErrors.EMAIL_NOT_VERIFIED();
}
