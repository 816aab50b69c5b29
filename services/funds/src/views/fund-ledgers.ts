import type { Delivery, DeliveryVoid } from '../domain/delivery.js';
import type { Entry } from '../domain/entry.js';
import type { FundBook } from '../domain/fund-book.js';
import { inPeriod, type Fund } from '../domain/fund.js';
import type { VolunteerRate } from '../domain/in-kind.js';
import type { FundSummary } from '../domain/summary.js';
import { loadFundBook } from '../store/delivery.store.js';
import type { FundsModels } from '../store/models.js';
import { allRecords, findRecord } from '../store/records.store.js';

/** How many funds' ledgers the view holds at most (the current period's, and a few others). */
export const MAX_HELD_FUNDS = 4;

/**
 * The funds and, for the funds in use, their ledgers, one copy per replica: summaries,
 * statements, contributors and ledger pages are computed from a fund's whole ledger, which the
 * store would read again for every request. A fund's ledger (its entries, and the sessions of
 * its period) is read by the indexed `fundId` and months on first use and kept, at most
 * MAX_HELD_FUNDS of them (least recently used out: in practice, the current period's). The
 * list of funds, one per period, is held whole. Bound: the funds, and MAX_HELD_FUNDS periods of
 * entries and deliveries. This replica's writes and every replica's events keep it current.
 */
export class FundLedgers {
  private readonly funds = new Map<string, Fund>();
  private readonly books = new Map<string, Promise<FundBook>>();

  constructor(
    private readonly models: FundsModels,
    private readonly maxHeld = MAX_HELD_FUNDS,
  ) {}

  async loadFunds(): Promise<void> {
    for (const fund of await allRecords<Fund>(this.models.funds)) this.addFund(fund);
  }

  addFund(fund: Fund): void {
    this.funds.set(fund.id, fund);
  }

  /** Archived funds stay held (their pages stay readable); they take nothing new. */
  archiveFund(id: string, archivedAt: Date): void {
    const fund = this.funds.get(id);
    if (fund && !fund.archivedAt) this.funds.set(id, { ...fund, archivedAt });
  }

  /** A new fund object: the held book's cached summary (kept per fund object) is recomputed. */
  setVolunteerRates(id: string, volunteerRates: VolunteerRate[]): void {
    const fund = this.funds.get(id);
    if (fund) this.funds.set(id, { ...fund, volunteerRates });
  }

  fund(id: string): Fund | undefined {
    return this.funds.get(id);
  }

  listFunds(): Fund[] {
    return [...this.funds.values()].sort(
      (a, b) => b.periodStart.getTime() - a.periodStart.getTime(),
    );
  }

  /** The funds whose ledgers are held, least recently used first. */
  heldFundIds(): string[] {
    return [...this.books.keys()];
  }

  /** The fund's ledger, read from the store the first time. */
  private book(fund: Fund): Promise<FundBook> {
    const held = this.books.get(fund.id);
    if (held) {
      this.books.delete(fund.id);
      this.books.set(fund.id, held);
      return held;
    }
    const loading = loadFundBook(this.models, fund);
    // A failed read is not kept: the next call reads again.
    loading.catch(() => this.books.delete(fund.id));
    this.books.set(fund.id, loading);
    for (const id of this.books.keys()) {
      if (this.books.size <= this.maxHeld) break;
      this.books.delete(id);
    }
    return loading;
  }

  async entriesOf(fund: Fund): Promise<Entry[]> {
    return (await this.book(fund)).entriesOf(fund.id);
  }

  async deliveriesOf(fund: Fund): Promise<Delivery[]> {
    return (await this.book(fund)).deliveriesOf(fund);
  }

  async summary(fund: Fund): Promise<FundSummary> {
    return (await this.book(fund)).summary(fund);
  }

  /** One entry: from a held ledger, else from the store by id. */
  async entry(fundId: string, id: string): Promise<Entry | undefined> {
    const held = this.books.get(fundId);
    const entry = held ? (await held).entry(fundId, id) : undefined;
    if (entry) return entry;
    const stored = await findRecord<Entry>(this.models.entries, id);
    return stored?.fundId === fundId ? stored : undefined;
  }

  /** A new entry (this replica's write or another's event): kept if its fund's ledger is held. */
  async addEntry(entry: Entry): Promise<void> {
    const held = this.books.get(entry.fundId);
    if (held) (await held).addEntry(entry);
  }

  /** A voided delivery stops counting in every held fund whose period it falls in. */
  async addVoid(voided: DeliveryVoid): Promise<void> {
    for (const book of await this.heldCovering(voided.startsAt)) book.addVoid(voided);
  }

  /** A delivered session counts in every held fund whose period it falls in. */
  async addDelivery(delivery: Delivery): Promise<void> {
    for (const book of await this.heldCovering(delivery.startsAt)) book.addDelivery(delivery);
  }

  /** The held ledgers of the funds whose period holds `at`. */
  private async heldCovering(at: Date): Promise<FundBook[]> {
    const books: FundBook[] = [];
    for (const [id, held] of this.books) {
      const fund = this.funds.get(id);
      if (fund && inPeriod(fund, at)) books.push(await held);
    }
    return books;
  }
}
