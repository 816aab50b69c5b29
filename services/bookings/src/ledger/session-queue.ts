/**
 * Runs the waiting-list work of one session one step after the other in this replica, so
 * that freed seats go to people in the order they queued. It guards no invariant (claims
 * do, across replicas); it keeps this replica fair and saves it from racing itself.
 */
export class SessionQueue {
  private readonly tails = new Map<string, Promise<void>>();

  run(sessionId: string, work: () => Promise<void>): Promise<void> {
    const previous = this.tails.get(sessionId) ?? Promise.resolve();
    const next = previous.then(work, work);
    const tail = next.catch(() => undefined);
    this.tails.set(sessionId, tail);
    void tail.then(() => {
      if (this.tails.get(sessionId) === tail) this.tails.delete(sessionId);
    });
    return next;
  }

  /** Resolves once every queued step has run (tests and shutdown). */
  async idle(): Promise<void> {
    while (this.tails.size > 0) await Promise.all(this.tails.values());
  }
}
