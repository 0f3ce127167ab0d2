import { type DestinationStream, pino } from "pino";
import { LineBatch } from "./LineBatch.js";

/**
 * How often buffered log lines are written even when fewer than the buffer's bytes wait
 * (100 ms): a busy service fills its buffer sooner, so this only bounds how late a line of a
 * quiet one can be, and how many lines a process killed outright can lose.
 */
export const LOG_FLUSH_MS = 100;

/**
 * Where the service's log lines go: stdout through sonic-boom, with lines gathered in a
 * {@link LineBatch} until `bufferBytes` have come (LOG_BUFFER_KB) or {@link LOG_FLUSH_MS}
 * has passed, so a busy process makes one write for a dozen request lines instead of one
 * each (each write is a system call on a thread of libuv's pool and a callback: measured,
 * about 40% of a request line's CPU when requests come spaced apart). 0 writes every line
 * at once. Gathered lines are written when the process exits; a process killed outright
 * loses at most {@link LOG_FLUSH_MS}'s. A buffer of 3 KiB keeps most writes under the
 * 4 KiB a pipe writes whole, so the lines of several workers sharing stdout do not
 * interleave.
 */
export function logDestination(bufferBytes: number): DestinationStream {
  const out = pino.destination({ dest: 1, sync: false });
  return bufferBytes <= 0 ? out : new LineBatch(out, bufferBytes, LOG_FLUSH_MS);
}
