import cluster from "node:cluster";
import { constants } from "node:os";
import { performance } from "node:perf_hooks";
import type { FastifyInstance } from "fastify";
import type { Logger } from "pino";
import type { Readiness } from "../http/index.js";

/** Timings of a shutdown (see Config: SHUTDOWN_GRACE_MS, SHUTDOWN_DEADLINE_MS). */
export interface ShutdownTimings {
  /** How long to keep serving while unready (SIGTERM only; SIGINT skips it). */
  readonly graceMs: number;
  /** From the signal, when the process exits whatever clients are doing. */
  readonly deadlineMs: number;
}

/**
 * A signal within this many milliseconds of the first is the same stop request delivered
 * twice, not a second one (500): a terminal's Ctrl-C reaches every process of its group, so
 * a service run under a parent that passes signals on (node --watch in `npm run dev`,
 * nodemon, a cluster's primary) receives it twice at once. A person's second Ctrl-C comes
 * later.
 */
export const REPEAT_SIGNAL_MS = 500;

/** Whether a signal now, after a first one at `firstAt` (performance.now()), is a second request. */
export function isSecondSignal(firstAt: number): boolean {
  return performance.now() - firstAt >= REPEAT_SIGNAL_MS;
}

/**
 * The exit code of a process stopped at once by a second `signal`: 128 plus the signal's
 * number, as a shell reports a process the signal killed (130 for SIGINT, 143 for SIGTERM),
 * so a supervisor can tell it from a drained stop (0).
 */
export function forcedExitCode(signal: NodeJS.Signals): number {
  return 128 + constants.signals[signal];
}

/**
 * On SIGTERM: /readyz turns 503 at once, requests are still served for the grace (load
 * balancers see the probe fail and stop sending), then the server stops accepting and
 * drains in-flight requests, and the process exits 0. If clients keep it from draining
 * (a body trickling in, a response not read), it exits at the deadline all the same,
 * logging how many connections it cut. SIGINT (Ctrl-C) does the same without the grace.
 * A second SIGINT or SIGTERM during the shutdown exits at once (logged at warn, exit code
 * {@link forcedExitCode}), cutting what is in flight; one within {@link REPEAT_SIGNAL_MS}
 * of the first is that one delivered twice. Not in a cluster's worker: a
 * terminal's Ctrl-C reaches it twice (from the terminal and passed on by the primary), and
 * the primary answers a second one itself (see runWorkers).
 */
export function handleShutdown(
  app: FastifyInstance,
  readiness: Readiness,
  timings: ShutdownTimings,
  logger: Logger,
): void {
  let firstAt = 0;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (readiness.draining) {
        if (cluster.isWorker) return;
        if (!isSecondSignal(firstAt)) {
          logger.info({ signal }, "signal repeated at once: taken as the same stop request");
          return;
        }
        logger.warn(
          { signal, code: forcedExitCode(signal) },
          "second signal during the shutdown: exiting at once, cutting in-flight requests",
        );
        process.exit(forcedExitCode(signal));
      }
      readiness.drain();
      firstAt = performance.now();
      const graceMs = signal === "SIGTERM" ? timings.graceMs : 0;
      logger.info(
        { signal, graceMs, deadlineMs: timings.deadlineMs },
        `shutting down: unready, serving through the grace, then draining${cluster.isWorker ? "" : " (a second signal exits at once)"}`,
      );
      setTimeout(() => {
        app.server.getConnections((_err, open) => {
          logger.warn(
            { deadlineMs: timings.deadlineMs, connections: open },
            "shutdown deadline reached: cutting the connections still open and exiting",
          );
          process.exit(0);
        });
      }, timings.deadlineMs);
      setTimeout(() => {
        logger.info("draining: no new connections, finishing in-flight requests");
        app.close().then(
          () => {
            logger.info("drained: exiting");
            process.exit(0);
          },
          (err: unknown) => {
            logger.error({ err }, "shutdown failed");
            process.exit(1);
          },
        );
      }, graceMs);
    });
  }
}
