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
 * On SIGTERM: /readyz turns 503 at once, requests are still served for the grace (load
 * balancers see the probe fail and stop sending), then the server stops accepting and
 * drains in-flight requests, and the process exits 0. If clients keep it from draining
 * (a body trickling in, a response not read), it exits at the deadline all the same,
 * logging how many connections it cut. SIGINT (Ctrl-C) does the same without the grace.
 */
export function handleShutdown(
  app: FastifyInstance,
  readiness: Readiness,
  timings: ShutdownTimings,
  logger: Logger,
): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (readiness.draining) return;
      readiness.drain();
      const graceMs = signal === "SIGTERM" ? timings.graceMs : 0;
      logger.info(
        { signal, graceMs, deadlineMs: timings.deadlineMs },
        "shutting down: unready, serving through the grace, then draining",
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
