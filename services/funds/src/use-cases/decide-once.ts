import type { Model } from 'mongoose';
import type { LooseDocument } from '@fabrique/service-kit';
import { findRecord, insertOnce, type Read } from '../store/records.store.js';
import type { FundsDeps } from './deps.js';

/** Who decided what, when: the id is what it decides (an expense, a declaration). */
export interface DecisionRecord {
  id: string;
  by: string;
  at: Date;
}

const INTERRUPTED_AFTER_MS = 60_000;

/**
 * Deciding happens once: the decision is an insert keyed by what it decides, so two
 * coordinators clicking at once get one decision and one 409. A decision a minute old on
 * something still pending was cut short by a crash: it is returned to be finished (whatever
 * it writes has an id derived from what is decided, so finishing twice writes once). A younger
 * one is being applied by another request right now.
 */
export async function takeDecision<D extends DecisionRecord>(
  deps: FundsDeps,
  model: Model<LooseDocument>,
  decision: D,
  stillPending: boolean,
  alreadyDecided: () => Error,
): Promise<D | Read<D>> {
  if (await insertOnce(model, { ...(decision as DecisionRecord & Record<string, unknown>) }))
    return decision;
  const taken = await findRecord<D>(model, decision.id);
  const interrupted =
    taken !== undefined &&
    stillPending &&
    deps.now().getTime() - taken.at.getTime() > INTERRUPTED_AFTER_MS;
  if (!interrupted) throw alreadyDecided();
  return taken;
}
