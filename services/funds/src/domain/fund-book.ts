import type { Delivery, DeliveryVoid } from './delivery.js';
import type { Entry } from './entry.js';
import { inPeriod, type Fund } from './fund.js';
import { summariseFund, type FundSummary } from './summary.js';

const byRecording = (a: Entry, b: Entry) =>
  a.recordedAt.getTime() - b.recordedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Funds, their entries and delivered sessions, held together: what a summary, a statement or a
 * ledger page is computed from. Pure: whoever fills it decides what it holds (one fund's
 * period for the live view, views/fund-ledgers.ts; everything for a reconciliation). Entries
 * never change, so adding one twice is harmless; summaries are cached per fund until something
 * of that fund changes.
 */
export class FundBook {
  private readonly funds = new Map<string, Fund>();
  private readonly entries = new Map<string, Map<string, Entry>>();
  private readonly deliveries = new Map<string, Delivery>();
  /** Sessions whose delivery was voided: they no longer count, whenever the void came. */
  private readonly voided = new Set<string>();
  private readonly summaries = new Map<string, { fund: Fund; summary: FundSummary }>();

  addFund(fund: Fund): void {
    this.funds.set(fund.id, fund);
    this.summaries.delete(fund.id);
  }

  addEntry(entry: Entry): void {
    const ledger = this.entries.get(entry.fundId) ?? new Map<string, Entry>();
    ledger.set(entry.id, entry);
    this.entries.set(entry.fundId, ledger);
    this.summaries.delete(entry.fundId);
  }

  addDelivery(delivery: Delivery): void {
    this.deliveries.set(delivery.sessionId, delivery);
    for (const fund of this.funds.values())
      if (inPeriod(fund, delivery.startsAt)) this.summaries.delete(fund.id);
  }

  addVoid(voided: DeliveryVoid): void {
    this.voided.add(voided.sessionId);
    for (const fund of this.funds.values())
      if (inPeriod(fund, voided.startsAt)) this.summaries.delete(fund.id);
  }

  fund(id: string): Fund | undefined {
    return this.funds.get(id);
  }

  listFunds(): Fund[] {
    return [...this.funds.values()].sort(
      (a, b) => b.periodStart.getTime() - a.periodStart.getTime(),
    );
  }

  entry(fundId: string, id: string): Entry | undefined {
    return this.entries.get(fundId)?.get(id);
  }

  entriesOf(fundId: string): Entry[] {
    return [...(this.entries.get(fundId)?.values() ?? [])].sort(byRecording);
  }

  deliveriesOf(fund: Fund): Delivery[] {
    return [...this.deliveries.values()]
      .filter((d) => inPeriod(fund, d.startsAt) && !this.voided.has(d.sessionId))
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  }

  /** Cached per fund until an entry or delivery arrives, or the fund itself changes (its rates). */
  summary(fund: Fund): FundSummary {
    const cached = this.summaries.get(fund.id);
    if (cached?.fund === fund) return cached.summary;
    const summary = summariseFund(fund, this.entriesOf(fund.id), this.deliveriesOf(fund));
    this.summaries.set(fund.id, { fund, summary });
    return summary;
  }
}
