import cluster, { type Worker } from "node:cluster";
import type { Logger } from "pino";
import { answerMetricsRequests } from "./clusterMetrics.js";

/**
 * The cluster primary: forks `count` workers that each load graph-data and listen on the
 * shared port. A worker that fails before the service is up (bad graph-data) stops them
 * all with exit 1; one that dies later is replaced. SIGHUP is passed on to every worker
 * (each reloads and validates on its own); SIGINT/SIGTERM stop them all, exit 0 once they
 * have finished their in-flight requests.
 */
export function runWorkers(count: number, logger: Logger): void {
  let listening = 0;
  let stopping = false;
  let failed = false;
  const fork = (): Worker => cluster.fork();
  cluster.on("listening", () => {
    listening++;
    if (listening === count) logger.info({ workers: count }, "all workers listening");
  });
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(failed ? 1 : 0);
      return;
    }
    if (listening < count) {
      logger.error({ pid: worker.process.pid, code }, "a worker could not start: stopping");
      stopping = true;
      failed = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(1);
      return;
    }
    logger.error({ pid: worker.process.pid, code, signal }, "worker died: starting another");
    fork();
  });
  answerMetricsRequests();
  for (let i = 0; i < count; i++) fork();
  process.on("SIGHUP", () => {
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGHUP");
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, "stopping workers");
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
    });
  }
}
