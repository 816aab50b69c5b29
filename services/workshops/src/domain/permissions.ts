import { workshopErrors } from './errors.js';

export interface Actor {
  accountId: string;
  roles: string[];
}

/** What workshops knows of a person from accounts events (may lag behind their token). */
export interface HostRecord {
  roles: string[];
  deleted: boolean;
}

/**
 * Coordinators edit everything; a host edits the workshops they host, as long as they still
 * hold the host role — per token and, once accounts told us, per the latest roles event.
 */
export function assertCanEdit(
  actor: Actor,
  hostIds: string[],
  record: HostRecord | undefined,
): void {
  if (actor.roles.includes('coordinator') && (!record || record.roles.includes('coordinator')))
    return;
  const stillHost =
    actor.roles.includes('host') && (!record || (record.roles.includes('host') && !record.deleted));
  if (!stillHost || !hostIds.includes(actor.accountId)) throw workshopErrors.NOT_A_HOST();
}

export function canSeeDraft(actor: Actor | undefined, hostIds: string[]): boolean {
  return (
    actor !== undefined &&
    (actor.roles.includes('coordinator') || hostIds.includes(actor.accountId))
  );
}
