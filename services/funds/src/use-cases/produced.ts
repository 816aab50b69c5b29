import type { Delivery } from '../domain/delivery.js';
import { effectiveKind } from '../domain/entry.js';
import type { RoundResults } from '../domain/results.js';
import type { Round } from '../domain/round.js';
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

async function deliveriesOfWorkshop(deps: FundsDeps, workshopId: string): Promise<Delivery[]> {
  const docs = await deps.models.deliveries.find({ workshopId }, { outbox: 0 }).lean<Delivery[]>();
  const standing: Delivery[] = [];
  for (const d of docs)
    if (!(await deps.models.voids.exists({ _id: d.sessionId }))) standing.push(d);
  return standing;
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
    const deliveries = (
      await Promise.all(workshopIds.map((w) => deliveriesOfWorkshop(deps, w)))
    ).flat();
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
      sessions: deliveries.length,
      participantHours:
        Math.round((deliveries.reduce((a, d) => a + d.participantMinutes, 0) / 60) * 100) / 100,
      attendees: deliveries.reduce((a, d) => a + d.attendees, 0),
      spentCents,
    });
  }
  return produced;
}
