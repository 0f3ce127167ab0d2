import { fileURLToPath } from "node:url";
import { DEFAULT_GRAPH_DATA_LIMITS, type GraphDataLimits } from "./graph/GraphDataLimits.js";

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
   * NODE_ENV: production unless it says development or test (default production, so a
   * service started without it is safe to expose): mask unknown errors, hide stack traces
   * and field suggestions. `npm run dev` sets development; vitest sets test.
   */
  readonly production: boolean;
  /** INTROSPECTION=false turns schema introspection off (default on: a public knowledge API). */
  readonly introspection: boolean;
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
}

/** The graph-data folder shipped with the service. */
export const BUNDLED_GRAPH_DATA = fileURLToPath(new URL("../graph-data", import.meta.url));

const NODE_ENVS = ["production", "development", "test"];
const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

/**
 * Reads the configuration from `env`.
 * @throws Error naming every bad variable and what it allows.
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`PORT=${env.PORT}: must be an integer in 0..65535`);
  }
  const logLevel = env.LOG_LEVEL ?? "info";
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL=${logLevel}: must be one of ${LOG_LEVELS.join(", ")}`);
  }
  if (env.NODE_ENV !== undefined && !NODE_ENVS.includes(env.NODE_ENV)) {
    problems.push(`NODE_ENV=${env.NODE_ENV}: must be one of ${NODE_ENVS.join(", ")}`);
  }
  const introspection = env.INTROSPECTION ?? "true";
  if (!["true", "false"].includes(introspection)) {
    problems.push(`INTROSPECTION=${introspection}: must be true or false`);
  }
  const requestTimeoutMs = Number(env.REQUEST_TIMEOUT_MS ?? 10_000);
  if (!Number.isInteger(requestTimeoutMs) || requestTimeoutMs < 100 || requestTimeoutMs > 600_000) {
    problems.push(
      `REQUEST_TIMEOUT_MS=${env.REQUEST_TIMEOUT_MS}: must be an integer in 100..600000`,
    );
  }
  const workers = Number(env.WORKERS ?? 1);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
    problems.push(`WORKERS=${env.WORKERS}: must be an integer in 1..64`);
  }
  const responseCacheMiB = Number(env.RESPONSE_CACHE_MB ?? 32);
  if (!Number.isInteger(responseCacheMiB) || responseCacheMiB < 0 || responseCacheMiB > 4096) {
    problems.push(
      `RESPONSE_CACHE_MB=${env.RESPONSE_CACHE_MB}: must be an integer in 0..4096 (0 turns the cache off)`,
    );
  }
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const text = env[name];
    const value = Number(text ?? fallback);
    if (text?.trim() === "" || !Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name}=${text}: must be an integer in ${min}..${max}`);
    }
    return value;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const text = env[name] ?? String(fallback);
    if (text !== "true" && text !== "false")
      problems.push(`${name}=${text}: must be true or false`);
    return text === "true";
  };
  const shutdownGraceMs = int("SHUTDOWN_GRACE_MS", 0, 0, 600_000);
  const shutdownDeadlineMs = int("SHUTDOWN_DEADLINE_MS", 15_000, 1000, 3_600_000);
  if (shutdownDeadlineMs <= shutdownGraceMs) {
    problems.push(
      `SHUTDOWN_DEADLINE_MS=${shutdownDeadlineMs}: must be longer than SHUTDOWN_GRACE_MS=${shutdownGraceMs} (the deadline includes the grace)`,
    );
  }
  const otlp = env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (otlp !== undefined && !/^https?:\/\/[^\s]+$/.test(otlp)) {
    problems.push(
      `OTEL_EXPORTER_OTLP_ENDPOINT=${otlp}: must be an http(s) URL of an OTLP collector`,
    );
  }
  const extra = {
    healthDetails: bool("HEALTH_DETAILS", false),
    metrics: bool("METRICS", true),
    shutdownGraceMs,
    shutdownDeadlineMs,
    workerRestartLimit: int("WORKER_RESTART_LIMIT", 5, 1, 1000),
    workerRestartWindowMs: int("WORKER_RESTART_WINDOW_MS", 60_000, 1000, 3_600_000),
    otlpEndpoint: otlp ?? null,
  };
  const graphDataLimits = readLimits(env, problems);
  if (problems.length > 0) throw new Error(`bad configuration: ${problems.join("; ")}`);
  return {
    port,
    host: env.HOST ?? "0.0.0.0",
    graphData: env.GRAPH_DATA ?? BUNDLED_GRAPH_DATA,
    logLevel,
    production: env.NODE_ENV !== "development" && env.NODE_ENV !== "test",
    introspection: introspection === "true",
    corsOrigins: (env.CORS_ORIGINS ?? "")
      .split(",")
      .map((o) => o.trim())
      .filter((o) => o.length > 0),
    requestTimeoutMs,
    workers,
    responseCacheMiB,
    ...extra,
    graphDataLimits,
  };
}

/**
 * Reads only the graph-data limits from `env` (GRAPH_DATA_MAX_MB, GRAPH_DATA_MAX_ENTRIES;
 * see Config.graphDataLimits), for tools that check graph-data without serving it.
 * @throws Error naming every bad variable and what it allows.
 */
export function readGraphDataLimits(env: NodeJS.ProcessEnv = process.env): GraphDataLimits {
  const problems: string[] = [];
  const limits = readLimits(env, problems);
  if (problems.length > 0) throw new Error(`bad configuration: ${problems.join("; ")}`);
  return limits;
}

function readLimits(env: NodeJS.ProcessEnv, problems: string[]): GraphDataLimits {
  const maxMiB = Number(env.GRAPH_DATA_MAX_MB ?? DEFAULT_GRAPH_DATA_LIMITS.maxTotalBytes / 2 ** 20);
  if (!Number.isInteger(maxMiB) || maxMiB < 1 || maxMiB > 256) {
    problems.push(`GRAPH_DATA_MAX_MB=${env.GRAPH_DATA_MAX_MB}: must be an integer in 1..256`);
  }
  const maxEntries = Number(env.GRAPH_DATA_MAX_ENTRIES ?? DEFAULT_GRAPH_DATA_LIMITS.maxEntries);
  if (!Number.isInteger(maxEntries) || maxEntries < 1 || maxEntries > 1_000_000) {
    problems.push(
      `GRAPH_DATA_MAX_ENTRIES=${env.GRAPH_DATA_MAX_ENTRIES}: must be an integer in 1..1000000`,
    );
  }
  return { ...DEFAULT_GRAPH_DATA_LIMITS, maxTotalBytes: maxMiB * 2 ** 20, maxEntries };
}
