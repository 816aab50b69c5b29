import { deliveredTotals, type Delivery } from '../domain/delivery.js';
import { effectiveKind } from '../domain/entry.js';
import type { RoundResults } from '../domain/results.js';
import type { Round } from '../domain/round.js';
import { standingOnly } from '../store/delivery.store.js';
import type { FundsDeps } from './deps.js';

export interface ProjectProduced {
  proposalId: string;
  title: string;
  allocationCents: number;
  workshopIds: string[];
  sessions: number;
  participantHours: number;
  attendees: number;
  spentCents: number;
}

async function deliveriesOfWorkshops(deps: FundsDeps, workshopIds: string[]) {
  const docs = await deps.models.deliveries
    .find({ workshopId: { $in: workshopIds } }, { outbox: 0 })
    .lean<Delivery[]>();
  return standingOnly(deps.models, docs);
}

/**
 * What each winning project produced, from ballot to delivered hours: the workshops a
 * coordinator linked to it, the sessions they held that stand (voided ones left out), their
 * participant-hours, and the money spent on them against the project's allocation.
 */
export async function producedBy(
  deps: FundsDeps,
  round: Round,
  results: RoundResults,
): Promise<ProjectProduced[]> {
  const fund = deps.book.fund(round.fundId);
  const entries = fund ? await deps.book.entriesOf(fund) : [];
  const produced: ProjectProduced[] = [];
  for (const id of results.selected) {
    const proposal = results.proposals.find((p) => p.proposalId === id);
    const links = await deps.models.projectWorkshops
      .find({ projectId: id })
      .lean<{ _id: string }[]>();
    const workshopIds = links.map((l) => l._id).sort();
    const delivered = deliveredTotals(await deliveriesOfWorkshops(deps, workshopIds));
    const spentCents = entries
      .filter(
        (e) => effectiveKind(e) === 'expense' && e.workshopId && workshopIds.includes(e.workshopId),
      )
      .reduce((a, e) => a + e.amountCents, 0);
    produced.push({
      proposalId: id,
      title: proposal?.title ?? id,
      allocationCents: proposal?.costCents ?? 0,
      workshopIds,
      sessions: delivered.sessions,
      participantHours: delivered.participantHours,
      attendees: delivered.attendees,
      spentCents,
    });
  }
  return produced;
}
