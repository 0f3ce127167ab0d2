import cluster, { type Worker } from "node:cluster";
import { performance } from "node:perf_hooks";
import type { Logger } from "pino";
import { answerMetricsRequests } from "./clusterMetrics.js";
import { relayPenalties } from "./clusterPenalties.js";
import { forcedExitCode, isSecondSignal } from "./shutdown.js";

/** How the primary keeps its workers (see Config for each variable). */
export interface WorkerOptions {
  /** WORKERS: how many. */
  readonly count: number;
  /** WORKER_RESTART_LIMIT: worker deaths within the window after which the primary gives up. */
  readonly restartLimit: number;
  /** WORKER_RESTART_WINDOW_MS. */
  readonly restartWindowMs: number;
  /** SHUTDOWN_DEADLINE_MS: workers still running this long after SIGTERM are killed. */
  readonly shutdownDeadlineMs: number;
}

/** First restart delay, doubled at each death in the window, up to {@link MAX_BACKOFF_MS}. */
const FIRST_BACKOFF_MS = 100;
const MAX_BACKOFF_MS = 10_000;

/**
 * The cluster primary: forks workers that each load graph-data and listen on the shared
 * port. A worker that fails before all are up (bad graph-data) stops them all with exit
 * 1. One that dies later is replaced after a backoff that doubles with each death in the
 * window (100 ms, 200 ms, … up to 10 s); after `restartLimit` deaths in the window the
 * primary gives up, logging why, stops the others and exits 1 (the orchestrator's restart
 * policy takes over). A worker's pipelining penalty is passed on to the others
 * (relayPenalties). SIGHUP is passed on to every worker; SIGINT/SIGTERM are passed on
 * (each worker drains, see shutdown.ts) and the primary exits once all have, or kills
 * them at the shutdown deadline; a second SIGINT or SIGTERM (not the first delivered twice,
 * see REPEAT_SIGNAL_MS) kills them at once and exits with 128 plus the signal's number.
 */
export function runWorkers(options: WorkerOptions, logger: Logger): void {
  const { count } = options;
  let listening = 0;
  let stopping = false;
  let failed = false;
  const deaths: number[] = [];
  const workers = () => Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
  const stopAll = (signal: NodeJS.Signals) => {
    for (const w of workers()) w.process.kill(signal);
    setTimeout(() => {
      for (const w of workers()) w.process.kill("SIGKILL");
    }, options.shutdownDeadlineMs + 1000).unref();
  };
  cluster.on("listening", () => {
    listening++;
    if (listening === count) logger.info({ workers: count }, "all workers listening");
  });
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (workers().length === 0) process.exit(failed ? 1 : 0);
      return;
    }
    if (listening < count) {
      // Fatal: the process exits 1, and LOG_LEVEL=fatal must still say why.
      logger.fatal({ worker: worker.process.pid, code }, "a worker could not start: stopping");
      stopping = true;
      failed = true;
      stopAll("SIGTERM");
      if (workers().length === 0) process.exit(1);
      return;
    }
    const now = Date.now();
    deaths.push(now);
    while ((deaths[0] ?? now) <= now - options.restartWindowMs) deaths.shift();
    if (deaths.length >= options.restartLimit) {
      logger.fatal(
        {
          worker: worker.process.pid,
          code,
          signal,
          deaths: deaths.length,
          windowMs: options.restartWindowMs,
        },
        `giving up: ${deaths.length} worker deaths within ${options.restartWindowMs} ms (WORKER_RESTART_LIMIT=${options.restartLimit}); stopping the others and exiting 1: see the workers' errors above`,
      );
      stopping = true;
      failed = true;
      stopAll("SIGTERM");
      if (workers().length === 0) process.exit(1);
      return;
    }
    const delayMs = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** (deaths.length - 1));
    logger.error(
      { worker: worker.process.pid, code, signal, deaths: deaths.length, delayMs },
      "worker died: starting another after the backoff",
    );
    setTimeout(() => {
      if (!stopping) cluster.fork();
    }, delayMs);
  });
  answerMetricsRequests();
  relayPenalties();
  for (let i = 0; i < count; i++) cluster.fork();
  process.on("SIGHUP", () => {
    for (const w of workers()) w.process.kill("SIGHUP");
  });
  let signalledAt: number | null = null;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (signalledAt !== null) {
        if (!isSecondSignal(signalledAt)) return;
        logger.warn(
          { signal, code: forcedExitCode(signal) },
          "second signal while stopping: killing the workers and exiting at once",
        );
        for (const w of workers()) w.process.kill("SIGKILL");
        process.exit(forcedExitCode(signal));
      }
      signalledAt = performance.now();
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, "stopping workers (a second signal kills them at once)");
      stopAll(signal);
    });
  }
}
