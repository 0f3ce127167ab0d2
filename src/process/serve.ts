/**
 * Runs one server process: loads graph-data, builds the knowledge base and serves it.
 * Refuses to start (exit 1) when it cannot listen on HOST:PORT (taken, not allowed, no such
 * address), saying which, checked first (see probeListen), or when graph-data has any
 * error, listing every problem.
 * SIGHUP reloads graph-data off the serving thread (see reloadKnowledgeBase): the new data
 * replaces the old only if it validates and is within the limits.
 * SIGTERM turns /readyz to 503, serves through SHUTDOWN_GRACE_MS, drains and exits 0 by
 * SHUTDOWN_DEADLINE_MS (see shutdown.ts); SIGINT does so without the grace. Until then
 * `starting` answers them (see handleStartupSignals).
 */
import cluster from "node:cluster";
import { setTimeout as delay } from "node:timers/promises";
import type { Logger } from "pino";
import { formatProblem, GraphDataError } from "../graph/index.js";
import { KnowledgeBaseHolder, loadKnowledgeBase, reloadKnowledgeBase } from "../knowledge/index.js";
import type { Config } from "./config.js";
import type { StartupSignals } from "./handleStartupSignals.js";
import { listenProblem, probeListen } from "./listenProblem.js";
import { oneAtATime } from "./oneAtATime.js";

/**
 * The modules that serve (GraphQL, Fastify, the metrics), imported once graph-data has
 * loaded: about half of a start's CPU, which a process that will not start on its data
 * (exit 1) or is stopped while loading it (exit 0) never spends.
 */
async function importServer() {
  const [graphql, http, clusterMetrics, clusterPenalties, shutdown] = await Promise.all([
    import("../graphql/index.js"),
    import("../http/index.js"),
    import("./clusterMetrics.js"),
    import("./clusterPenalties.js"),
    import("./shutdown.js"),
  ]);
  return { ...graphql, ...http, ...clusterMetrics, ...clusterPenalties, ...shutdown };
}

/**
 * Serves graph-data per `config` until a signal stops the process; `starting`'s handlers
 * are replaced by the service's own once they are in place (a SIGHUP meanwhile reloads).
 * Resolves once the server listens (main.ts then releases V8's optimizer).
 */
export async function serve(
  config: Config,
  logger: Logger,
  starting: StartupSignals,
): Promise<void> {
  // `fatal` when the process exits for it (LOG_LEVEL=fatal must still say why), `error`
  // when it keeps serving (a refused reload).
  function reportLoadFailure(err: unknown, what: string, level: "fatal" | "error") {
    if (err instanceof GraphDataError) {
      for (const p of err.problems) logger[level]({ problem: p }, formatProblem(p));
      logger[level](
        `${what}: graph-data at ${config.graphData} has errors (listed above): fix them; kinetic-graph check ${config.graphData} lists them again (in the image: node dist/cli/kineticGraph.js check)`,
      );
    } else {
      logger[level]({ err }, `${what}: could not load graph-data at ${config.graphData}`);
    }
  }

  /** Logs why the process cannot listen and exits 1, when `err` is one HOST or PORT fixes. */
  function exitIfListenProblem(err: unknown) {
    const problem = listenProblem(err, config.host, config.port);
    if (problem === null) return;
    logger.fatal({ code: (err as NodeJS.ErrnoException).code }, `not starting: ${problem}`);
    process.exit(1);
  }

  // A port taken or an address not this machine's is said before graph-data loads (a
  // cluster's workers listen through the primary, which reports their failure).
  if (!cluster.isWorker) exitIfListenProblem(await probeListen(config.host, config.port));
  logger.info({ graphData: config.graphData }, "loading graph-data");
  let holder: KnowledgeBaseHolder;
  try {
    const kb = await loadKnowledgeBase(config.graphData, { limits: config.graphDataLimits });
    holder = new KnowledgeBaseHolder(kb);
    logger.info(
      {
        version: kb.version,
        nodes: kb.stats.nodeCount,
        edges: kb.stats.edgeCount,
        ms: Math.round(kb.loadMs),
      },
      "graph-data loaded",
    );
  } catch (err) {
    reportLoadFailure(err, "not starting", "fatal");
    process.exit(1);
  }

  const {
    clusterExposition,
    clusterPenalties,
    createHttpServer,
    handleShutdown,
    loadTrustedDocuments,
    loadTypeDefs,
    Readiness,
    ResponseCache,
  } = await importServer();
  // Tracing only when a collector is configured: otherwise OpenTelemetry is never imported.
  const tracing =
    config.otlpEndpoint === null ? null : (await import("./tracing.js")).startTracing();
  if (tracing) logger.info({ endpoint: config.otlpEndpoint }, "tracing with OpenTelemetry");
  const readiness = new Readiness();
  const app = await createHttpServer({
    tracing,
    holder,
    typeDefs: await loadTypeDefs(),
    logger,
    production: config.production,
    introspection: config.introspection,
    graphiql: config.graphiql,
    httpCacheMaxAge: config.httpCacheMaxAge,
    trustedDocuments: { documents: await loadTrustedDocuments(), mode: config.trustedDocuments },
    corsOrigins: config.corsOrigins,
    requestTimeoutMs: config.requestTimeoutMs,
    metrics: config.metrics && (cluster.isWorker ? clusterExposition : true),
    penalties: cluster.isWorker ? clusterPenalties() : undefined,
    readiness,
    healthDetails: config.healthDetails,
    logSample: config.logSample,
    limits: config.limits,
    responseCache:
      config.responseCacheMiB === 0
        ? null
        : new ResponseCache({ maxBytes: config.responseCacheMiB * 2 ** 20 }),
  });

  // One reload at a time; SIGHUPs during one ask for one more after it.
  const reload = oneAtATime(() =>
    reloadKnowledgeBase(config.graphData, { limits: config.graphDataLimits }).then(
      ({ kb, report }) => {
        const previous = holder.swap(kb);
        logger.info(
          {
            from: previous.version,
            to: kb.version,
            nodes: kb.stats.nodeCount,
            ms: Math.round(kb.loadMs),
            workerMs: Math.round(report.workerMs),
            buildMs: Math.round(report.build.busyMs),
            longestSliceMs: Math.round(report.build.longestSliceMs),
            slices: report.build.slices,
          },
          "graph-data reloaded",
        );
      },
      (err: unknown) => {
        holder.refused();
        reportLoadFailure(err, "reload refused, still serving the previous graph-data", "error");
      },
    ),
  );

  // Spans not yet exported are flushed when the server closes, for at most 2 s (a
  // collector that does not answer must not hold the shutdown).
  if (tracing) {
    app.addHook("onClose", () =>
      Promise.race([tracing.shutdown().catch(() => {}), delay(2000, undefined, { ref: false })]),
    );
  }
  handleShutdown(
    app,
    readiness,
    { graceMs: config.shutdownGraceMs, deadlineMs: config.shutdownDeadlineMs },
    logger,
  );
  process.on("SIGHUP", reload);
  if (starting.end()) reload();
  // Listen last: the signal handlers above are in place before anyone can connect.
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (err) {
    exitIfListenProblem(err);
    throw err;
  }
}
