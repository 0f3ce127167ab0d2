import { Writable } from "node:stream";

/** A log destination for pino whose lines are parsed and kept, in order, in `lines`. */
export interface CollectedLog {
  /** Every JSON line written so far, parsed. */
  readonly lines: Record<string, unknown>[];
  /** The stream to hand to `pino(options, stream)`. */
  readonly stream: Writable;
}

/** A fresh collected log (tests that check what a server writes to its request log). */
export function collectedLog(): CollectedLog {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n")) {
        if (line !== "") lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  return { lines, stream };
}
