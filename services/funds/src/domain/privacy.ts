import { isCoordinator, type Actor } from './actor.js';
import type { ContributorStanding } from './contributors.js';
import type { Entry } from './entry.js';

/** Who reads: an account and its roles (the token's principal). */
export type Reader = Pick<Actor, 'accountId' | 'roles'>;

/** A resident's own gift (or its reversal): its contributor is a person's account. */
const isResidentGift = (entry: Entry) => entry.contributor?.type === 'account';

/**
 * Residents' gifts are private: coordinators see every entry; anyone else (a funder, say)
 * sees the entries of organisations, expenses and deliveries, and of residents only their own.
 * The residents' category still shows in totals (the summary, the contributors' total line).
 */
export function mayReadEntry(reader: Reader, entry: Entry): boolean {
  if (isCoordinator(reader) || !isResidentGift(entry)) return true;
  return entry.contributor?.id === reader.accountId;
}

export function entriesVisibleTo(reader: Reader, entries: Entry[]): Entry[] {
  return isCoordinator(reader) ? entries : entries.filter((e) => mayReadEntry(reader, e));
}

/**
 * The contributors a reader may see, and for a reader who is not a coordinator, one line that
 * totals the residents' category instead of each resident's.
 */
export function standingsVisibleTo(
  reader: Reader,
  standings: ContributorStanding[],
): ContributorStanding[] {
  if (isCoordinator(reader)) return standings;
  const residents = standings.filter((s) => s.contributor.type === 'account');
  const shown = standings.filter(
    (s) => s.contributor.type !== 'account' || s.contributor.id === reader.accountId,
  );
  if (residents.length === 0) return shown;
  const sum = (pick: (s: ContributorStanding) => number) =>
    residents.reduce((n, s) => n + pick(s), 0);
  return [
    ...shown,
    {
      contributor: { type: 'residents', id: 'residents' },
      category: 'residents',
      commune: null,
      pledgedCents: sum((s) => s.pledgedCents),
      paidCents: sum((s) => s.paidCents),
      outstandingCents: sum((s) => s.outstandingCents),
    },
  ];
}
