/**
 * Turn-taking between clients for costly requests. A request runs its resolvers without
 * yielding, and Node reads every ready connection in one turn of its event loop, so a
 * client with many connections of costly requests would run all of them before another
 * client's request is even read. Here a costly request waits for its turn: each turn (a
 * `setImmediate`, after the event loop has read new requests) lets one waiting request of
 * each client run, in arrival order.
 */
export class FairTurns {
  private readonly waiting = new Map<string, (() => void)[]>();
  private scheduled = false;

  /** Resolves when `client`'s next costly request may run. */
  turn(client: string): Promise<void> {
    return new Promise((resolve) => {
      const queue = this.waiting.get(client);
      if (queue === undefined) this.waiting.set(client, [resolve]);
      else queue.push(resolve);
      this.schedule();
    });
  }

  /** Clients with a request waiting (for /health and tests). */
  get clientsWaiting(): number {
    return this.waiting.size;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(this.round);
  }

  private readonly round = (): void => {
    this.scheduled = false;
    for (const [client, queue] of [...this.waiting]) {
      const next = queue.shift();
      if (queue.length === 0) this.waiting.delete(client);
      next?.();
    }
    if (this.waiting.size > 0) this.schedule();
  };
}
