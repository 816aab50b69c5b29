import type {
  communeAddedV1,
  communeArchivedV1,
  EventOf,
  projectSelectedV1,
} from '@fabrique/contracts';
import type { WorkshopsModels } from '../../store/models.js';

/**
 * The network's communes as accounts announces them, so that a venue is placed in one of them.
 * Both events come on the accounts stream in order; redelivery sets the same values again.
 */
export function onCommuneAdded(models: WorkshopsModels) {
  return async ({ data }: EventOf<typeof communeAddedV1>) => {
    await models.communes.updateOne(
      { _id: data.communeId },
      { $set: { name: data.name, postalCode: data.postalCode } },
      { upsert: true },
    );
  };
}

export function onCommuneArchived(models: WorkshopsModels) {
  return async ({ data }: EventOf<typeof communeArchivedV1>) => {
    await models.communes.updateOne(
      { _id: data.communeId },
      { $set: { archivedAt: new Date(data.archivedAt) } },
      { upsert: true },
    );
  };
}

/** A winning project a coordinator may turn into a workshop (redelivery sets the same values). */
export function onProjectSelected(models: WorkshopsModels) {
  return async ({ data }: EventOf<typeof projectSelectedV1>) => {
    await models.projects.updateOne(
      { _id: data.proposalId },
      { $set: { roundId: data.roundId, title: data.title, commune: data.commune } },
      { upsert: true },
    );
  };
}
