import { commonErrors, type Principal } from '@fabrique/service-kit';
import { workshopErrors } from '../domain/errors.js';
import { assertCanEdit, type HostRecord } from '../domain/permissions.js';
import type { Session } from '../domain/session.js';
import type { Workshop } from '../domain/workshop.js';
import { findSession } from '../store/session.store.js';
import { findWorkshop } from '../store/workshop.store.js';
import type { WorkshopsDeps } from './deps.js';

export async function personRecord(
  deps: WorkshopsDeps,
  accountId: string,
): Promise<HostRecord | undefined> {
  const doc = await deps.models.people
    .findById(accountId)
    .lean<{ roles: string[]; deleted: boolean }>();
  return doc ? { roles: doc.roles, deleted: doc.deleted } : undefined;
}

/** The workshop, if this actor may edit it (hosts of it, or a coordinator). */
export async function editableWorkshop(
  deps: WorkshopsDeps,
  actor: Principal,
  id: string,
): Promise<Workshop> {
  const workshop = await findWorkshop(deps.models, id);
  if (!workshop) throw workshopErrors.WORKSHOP_NOT_FOUND();
  assertCanEdit(actor, workshop.hostIds, await personRecord(deps, actor.accountId));
  return workshop;
}

export async function editableSession(
  deps: WorkshopsDeps,
  actor: Principal,
  id: string,
): Promise<Session> {
  const session = await findSession(deps.models, id);
  if (!session) throw workshopErrors.SESSION_NOT_FOUND();
  assertCanEdit(actor, session.hostIds, await personRecord(deps, actor.accountId));
  return session;
}

/** `If-Match: W/"<version>"` or `"<version>"`; edits without it are refused (lost updates). */
export function expectedVersion(ifMatch: string | undefined): number {
  if (!ifMatch) throw workshopErrors.PRECONDITION_REQUIRED();
  const match = /^(?:W\/)?"(\d+)"$/.exec(ifMatch.trim());
  if (!match)
    throw commonErrors.VALIDATION_FAILED({
      fr: 'If-Match doit être un ETag comme W/"3".',
      en: 'If-Match must be an ETag such as W/"3".',
    });
  return Number(match[1]);
}

export function assertVersion(current: { version: number }, expected: number): void {
  if (current.version !== expected)
    throw workshopErrors.PRECONDITION_FAILED({
      fr: `La version actuelle est ${current.version}.`,
      en: `The current version is ${current.version}.`,
    });
}

export const etagOf = (entity: { version: number }) => `W/"${entity.version}"`;
