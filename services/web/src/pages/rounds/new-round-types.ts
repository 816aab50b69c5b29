import type { RoundDraft } from './new-round-draft.js';

/** What each part of the new-round form gets: the draft, a way to change it, its problems. */
export interface PartProps {
  draft: RoundDraft;
  update: (patch: Partial<RoundDraft>) => void;
  problem: (key: string) => string | undefined;
}
