/**
 * `npm start`: reads the configuration from the environment and serves the bundled (or
 * GRAPH_DATA) graph-data. With WORKERS=N > 1, N processes share the port (node:cluster);
 * see runWorkers. Exits 1 on a bad configuration or bad graph-data; a SIGTERM or SIGINT
 * before it serves exits 0 (see handleStartupSignals).
 */
import cluster from "node:cluster";
import { pino } from "pino";
import { readConfig } from "./process/config.js";
import { exitOnUncaughtError } from "./process/exitOnUncaughtError.js";
import { handleStartupSignals } from "./process/handleStartupSignals.js";
import { holdOptimizer } from "./process/holdOptimizer.js";
import { logDestination } from "./process/logDestination.js";
import { variablesSet } from "./process/variablesSet.js";

// V8's optimizer waits until this role serves: a start's code runs once (see holdOptimizer).
const releaseOptimizer = holdOptimizer();
let config: ReturnType<typeof readConfig>;
try {
  config = readConfig();
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
const logger = pino({ level: config.logLevel }, logDestination(config.logBufferBytes));
exitOnUncaughtError(logger);
if (cluster.isPrimary) {
  logger.info(
    { set: variablesSet(process.env) },
    "configuration read: these set, the others at their defaults",
  );
}
// Signals are answered from here on, while the server's modules and graph-data load.
const starting = handleStartupSignals(logger);

// Each role imports only what it runs: a cluster's primary never loads the server (GraphQL,
// Fastify, the graph), and a bad configuration exits before either is loaded.
if (config.workers > 1 && cluster.isPrimary) {
  const { runWorkers } = await import("./process/runWorkers.js");
  // The primary serves nothing itself: its workers reload on the SIGHUPs it passes on.
  starting.end();
  releaseOptimizer();
  runWorkers(
    {
      count: config.workers,
      restartLimit: config.workerRestartLimit,
      restartWindowMs: config.workerRestartWindowMs,
      shutdownDeadlineMs: config.shutdownDeadlineMs,
    },
    logger,
  );
} else {
  const { serve } = await import("./process/serve.js");
  // serve resolves once the server listens.
  await serve(config, logger, starting);
  releaseOptimizer();
}
