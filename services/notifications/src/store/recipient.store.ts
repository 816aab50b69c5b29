import { findByIds } from '@fabrique/service-kit';
import type { NotificationsModels } from './models.js';

export interface Recipient {
  id: string;
  email: string | null;
  displayName: string | null;
  locale: 'fr' | 'en';
  commune: string;
  deleted: boolean;
}

type RecipientDocument = Omit<Recipient, 'id'> & { _id: string };

const asRecipient = ({ _id, ...rest }: RecipientDocument): Recipient => ({ id: _id, ...rest });

export async function findRecipient(
  models: NotificationsModels,
  id: string,
): Promise<Recipient | null> {
  const doc = await models.recipients.findById(id).lean<RecipientDocument>();
  return doc ? asRecipient(doc) : null;
}

/** Living accounts among `ids` whose commune is one of `communes`. */
export async function recipientsIn(
  models: NotificationsModels,
  ids: string[],
  communes: string[],
): Promise<Recipient[]> {
  if (ids.length === 0) return [];
  const docs = await findByIds<RecipientDocument>(models.recipients, ids);
  return docs.filter((d) => d.deleted === false && communes.includes(d.commune)).map(asRecipient);
}

/** Accounts that speak for these organisations now. */
export async function activeMembersOf(
  models: NotificationsModels,
  organisationIds: string[],
): Promise<string[]> {
  const docs = await models.memberships
    .find({ organisationId: { $in: organisationIds }, active: true })
    .lean<{ accountId: string }[]>();
  return [...new Set(docs.map((d) => d.accountId))];
}
