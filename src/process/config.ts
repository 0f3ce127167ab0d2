import { DEFAULT_GRAPH_DATA_LIMITS, type GraphDataLimits } from "../graph/GraphDataLimits.js";
import type { TrustedDocumentsMode } from "../graphql/persistedQueries.js";
import type { ServiceLimits } from "../graphql/serviceLimits.js";
import { validateGraphDataVariables, validateServiceVariables } from "./generated/envValidators.js";
import { ConfigError, readEnv } from "./readEnv.js";
import { readServiceLimits } from "./serviceLimitVariables.js";
import { GRAPH_DATA_VARIABLES, VARIABLES } from "./variables.js";

export { ConfigError } from "./readEnv.js";

/**
 * LOG_BUFFER_KB when it is unset and WORKERS is 1 (12): the process is then the only
 * writer of its stdout, so its writes need not stay under the 4 KiB a pipe writes whole
 * (the lines of workers sharing stdout would interleave), and a write every 50 request
 * lines instead of 13 costs a hot request 0.91x the CPU (bench/pairedCpu.ts, HOT=1).
 */
export const SOLE_WRITER_LOG_BUFFER_KB = 12;

/** The service's configuration, read from the environment. */
export interface Config {
  /** PORT: TCP port to listen on (default 4000; 0 picks a free port). */
  readonly port: number;
  /** HOST: interface to bind (default 0.0.0.0, every interface). */
  readonly host: string;
  /** GRAPH_DATA: folder of graph-data YAML files (default: the bundled graph-data). */
  readonly graphData: string;
  /** LOG_LEVEL: pino level, one of fatal, error, warn, info, debug, trace, silent (default info). */
  readonly logLevel: string;
  /**
   * LOG_SAMPLE: log one in this many requests answered without error (default 1: every
   * request; sampling is off). Requests with an error status or code are always logged;
   * /metrics counts every request whatever the sample.
   */
  readonly logSample: number;
  /**
   * LOG_BUFFER_KB: log lines are written once this many KiB have gathered or 100 ms have
   * passed (default 3: one write for a dozen lines on a busy service, 10-20% more cold
   * traces per second; 0 writes each line at once): see logDestination. Unset with
   * WORKERS=1, {@link SOLE_WRITER_LOG_BUFFER_KB}.
   */
  readonly logBufferBytes: number;
  /**
   * NODE_ENV: production unless it says development or test (default production, so a
   * service started without it is safe to expose): mask unknown errors, hide stack traces
   * and field suggestions. `npm run dev` sets development; vitest sets test.
   */
  readonly production: boolean;
  /** INTROSPECTION=false turns schema introspection off (default on: a public knowledge API). */
  readonly introspection: boolean;
  /**
   * GRAPHIQL: serve GraphiQL to browsers at GET /graphql (true or false; default true in
   * development, false in production, where it is opt-in: a query page is a surface the
   * operator chooses to offer).
   */
  readonly graphiql: boolean;
  /**
   * TRUSTED_DOCUMENTS: `only` runs nothing but the published trusted documents
   * (trusted-documents.json, the client contract's operations); `off` (default) runs any
   * document. Either way a contract operation may be sent by its hash alone.
   */
  readonly trustedDocuments: TrustedDocumentsMode;
  /**
   * HTTP_CACHE_MAX_AGE: `Cache-Control: public, max-age` of GraphQL GET answers without
   * errors, in seconds (default 60, 0..86400; 0 sends no-cache, so clients revalidate with
   * the ETag every time). The data changes only on reload; a minute bounds how stale a
   * browser's or proxy's copy can be after one.
   */
  readonly httpCacheMaxAge: number;
  /** CORS_ORIGINS: comma-separated origins allowed from browsers, or * for any (default: none). */
  readonly corsOrigins: readonly string[];
  /** REQUEST_TIMEOUT_MS: longest time to receive a request (default 10000). */
  readonly requestTimeoutMs: number;
  /** WORKERS: processes sharing the port through node:cluster (default 1: no cluster). */
  readonly workers: number;
  /**
   * RESPONSE_CACHE_MB: size of the serialized-response cache per process, in MiB (default
   * 32; 0 turns it off). Repeated requests are answered from it without running GraphQL.
   */
  readonly responseCacheMiB: number;
  /** HEALTH_DETAILS=true adds pid, memory and response-cache internals to /health (default false). */
  readonly healthDetails: boolean;
  /** METRICS=false turns GET /metrics off (default on; keep it off the public ingress). */
  readonly metrics: boolean;
  /**
   * SHUTDOWN_GRACE_MS: on SIGTERM, how long /readyz answers 503 while requests are still
   * served, so load balancers stop sending before the process drains (default 0: no load
   * balancer is assumed; SIGINT skips it). Behind one, set it to at least two
   * readiness-probe periods (deploy/kubernetes sets 10000).
   */
  readonly shutdownGraceMs: number;
  /**
   * SHUTDOWN_DEADLINE_MS: from the signal, the longest the process takes to exit, grace and
   * draining included; connections still open then are cut (default 15000).
   */
  readonly shutdownDeadlineMs: number;
  /** WORKER_RESTART_LIMIT: with WORKERS, the primary gives up after this many worker deaths in the window (default 5). */
  readonly workerRestartLimit: number;
  /** WORKER_RESTART_WINDOW_MS: the window of WORKER_RESTART_LIMIT (default 60000). */
  readonly workerRestartWindowMs: number;
  /**
   * OTEL_EXPORTER_OTLP_ENDPOINT: an http(s) URL of an OTLP collector; when set, every
   * request is traced with OpenTelemetry and exported there (default: unset, no tracing,
   * nothing of OpenTelemetry loaded).
   */
  readonly otlpEndpoint: string | null;
  /**
   * Bounds on graph-data, checked at start-up and on every reload (see GraphDataLimits for
   * each default and why). GRAPH_DATA_MAX_MB raises the total size of the YAML files
   * (default 4, at most 256) and GRAPH_DATA_MAX_ENTRIES the number of nodes, edges and
   * documents (default 20000, at most 1000000); the others are fixed.
   */
  readonly graphDataLimits: GraphDataLimits;
  /** The per-request and per-client budgets (see ServiceLimits for each variable and default). */
  readonly limits: ServiceLimits;
}

/**
 * Reads the configuration from `env`: every variable of {@link VARIABLES} checked against
 * its JSON Schema (ajv, compiled at codegen), then the rules between them.
 * @throws ConfigError listing every bad variable at once, with what it must be.
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const { values: v, problems } = readEnv(env, VARIABLES, validateServiceVariables);
  const limits = readServiceLimits(env, problems);
  if (v.SHUTDOWN_DEADLINE_MS <= v.SHUTDOWN_GRACE_MS) {
    problems.push({
      variable: "SHUTDOWN_DEADLINE_MS",
      value: String(v.SHUTDOWN_DEADLINE_MS),
      expected: `longer than SHUTDOWN_GRACE_MS=${v.SHUTDOWN_GRACE_MS} (the deadline includes the grace)`,
    });
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port: v.PORT,
    host: v.HOST,
    graphData: v.GRAPH_DATA,
    logLevel: v.LOG_LEVEL,
    logSample: v.LOG_SAMPLE,
    logBufferBytes:
      (env.LOG_BUFFER_KB === undefined && v.WORKERS === 1
        ? SOLE_WRITER_LOG_BUFFER_KB
        : v.LOG_BUFFER_KB) * 1024,
    production: v.NODE_ENV === "production",
    introspection: v.INTROSPECTION,
    graphiql: v.GRAPHIQL === null ? v.NODE_ENV === "development" : v.GRAPHIQL === "true",
    trustedDocuments: v.TRUSTED_DOCUMENTS as TrustedDocumentsMode,
    httpCacheMaxAge: v.HTTP_CACHE_MAX_AGE,
    corsOrigins: (v.CORS_ORIGINS ?? "").split(",").flatMap((o) => (o.trim() ? [o.trim()] : [])),
    requestTimeoutMs: v.REQUEST_TIMEOUT_MS,
    workers: v.WORKERS,
    responseCacheMiB: v.RESPONSE_CACHE_MB,
    healthDetails: v.HEALTH_DETAILS,
    metrics: v.METRICS,
    shutdownGraceMs: v.SHUTDOWN_GRACE_MS,
    shutdownDeadlineMs: v.SHUTDOWN_DEADLINE_MS,
    workerRestartLimit: v.WORKER_RESTART_LIMIT,
    workerRestartWindowMs: v.WORKER_RESTART_WINDOW_MS,
    otlpEndpoint: v.OTEL_EXPORTER_OTLP_ENDPOINT,
    graphDataLimits: graphDataLimits(v),
    limits,
  };
}

/** Where graph-data is read from and within which bounds (see Config.graphData, graphDataLimits). */
export interface GraphDataSettings {
  /** GRAPH_DATA: the folder (default: the bundled graph-data). */
  readonly folder: string;
  /** GRAPH_DATA_MAX_MB, GRAPH_DATA_MAX_ENTRIES and the fixed bounds. */
  readonly limits: GraphDataLimits;
}

/**
 * Reads only the graph-data variables from `env` (GRAPH_DATA, GRAPH_DATA_MAX_MB,
 * GRAPH_DATA_MAX_ENTRIES), checked as the service checks them, for tools that load
 * graph-data without serving it (the command line, graph:check): they then accept and
 * refuse the same data as the service.
 * @throws ConfigError naming every bad variable and what it allows.
 */
export function readGraphDataSettings(env: NodeJS.ProcessEnv = process.env): GraphDataSettings {
  const { values, problems } = readEnv(env, GRAPH_DATA_VARIABLES, validateGraphDataVariables);
  if (problems.length > 0) throw new ConfigError(problems);
  return { folder: values.GRAPH_DATA, limits: graphDataLimits(values) };
}

/**
 * Reads only the graph-data limits from `env` (see {@link readGraphDataSettings}).
 * @throws ConfigError naming every bad graph-data variable and what it allows.
 */
export function readGraphDataLimits(env: NodeJS.ProcessEnv = process.env): GraphDataLimits {
  return readGraphDataSettings(env).limits;
}

function graphDataLimits(v: { GRAPH_DATA_MAX_MB: number; GRAPH_DATA_MAX_ENTRIES: number }) {
  return {
    ...DEFAULT_GRAPH_DATA_LIMITS,
    maxTotalBytes: v.GRAPH_DATA_MAX_MB * 2 ** 20,
    maxEntries: v.GRAPH_DATA_MAX_ENTRIES,
  };
}
