/**
 * Whether this process should be sent traffic: /readyz answers 503 once `drain` was
 * called (on SIGTERM), while the process keeps answering what still reaches it.
 */
export class Readiness {
  private drainingFlag = false;

  /** True once the process has started shutting down. */
  get draining(): boolean {
    return this.drainingFlag;
  }

  /** Turns /readyz to 503 for good: load balancers stop sending new requests. */
  drain(): void {
    this.drainingFlag = true;
  }
}
