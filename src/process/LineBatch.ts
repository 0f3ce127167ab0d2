import type { DestinationStream } from "pino";

/** The part of sonic-boom (pino.destination) a {@link LineBatch} writes through. */
export interface LineOutput {
  write(data: string): unknown;
  flush(done: (err?: Error) => void): void;
  flushSync(): void;
  readonly destroyed?: boolean;
}

/**
 * Log lines gathered in one string until `bufferBytes` have come or `flushMs` has passed,
 * then handed to `out` in one write. sonic-boom can gather lines itself (minLength), but
 * measures its whole pending string again at every line (Buffer.byteLength of a string
 * just made longer: a copy and a scan, 1-3 µs a request line at a 3 KiB buffer); here
 * each line is measured once. Lines still gathered are written at exit (beforeExit,
 * exit: the exit handler also flushes `out` synchronously), so only a process killed
 * outright loses them: at most `flushMs` of lines.
 */
export class LineBatch implements DestinationStream {
  private pending = "";
  private pendingBytes = 0;

  constructor(
    private readonly out: LineOutput,
    private readonly bufferBytes: number,
    flushMs: number,
  ) {
    setInterval(() => this.flush(), flushMs).unref();
    process.on("beforeExit", () => this.flush());
    process.on("exit", () => this.flushSync());
  }

  /** Gathers one line (pino writes whole lines); writes the batch once it is full. */
  write(line: string): void {
    this.pending += line;
    this.pendingBytes += Buffer.byteLength(line);
    if (this.pendingBytes >= this.bufferBytes) this.flush();
  }

  /**
   * Hands the gathered lines to the output (an asynchronous write); with `done` (pino's
   * `logger.flush(cb)`), calls it once the output has written them.
   */
  flush(done?: (err?: Error) => void): void {
    if (this.pending !== "" && this.out.destroyed !== true) {
      const lines = this.pending;
      this.pending = "";
      this.pendingBytes = 0;
      this.out.write(lines);
    }
    if (done !== undefined) this.out.flush(done);
  }

  /** Writes the gathered lines and everything the output holds, before returning. */
  flushSync(): void {
    this.flush();
    if (this.out.destroyed === true) return;
    try {
      this.out.flushSync();
    } catch {
      // Not open yet, or a write in flight it cannot wait for: pino's own exit flush
      // (registered on the output) writes what is left.
    }
  }
}
