import { fileURLToPath } from "node:url";
import type { TrustedDocumentsMode } from "./api/persistedQueries.js";
import { DEFAULT_SERVICE_LIMITS, type ServiceLimits } from "./api/serviceLimits.js";
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
 * The variable of each {@link ServiceLimits} budget: its name, the unit it is given in
 * (bytes per unit), and its allowed range in that unit. Defaults: DEFAULT_SERVICE_LIMITS.
 */
const LIMIT_VARIABLES: readonly [string, keyof ServiceLimits, number, number, number][] = [
  ["MAX_COST", "maxCost", 1, 100, 10_000_000],
  ["MAX_COMPILED_FIELDS", "maxCompiledFields", 1, 0, 100_000],
  ["MAX_EXPENSIVE_FIELDS", "maxExpensiveFields", 1, 1, 100],
  ["WORK_BUDGET", "workBudget", 1, 100, 100_000_000],
  ["MAX_RESPONSE_KB", "maxResponseBytes", 1024, 1, 1_048_576],
  ["COMPILED_CACHE_MB", "compiledCacheBytes", 2 ** 20, 0, 4096],
  ["DOCUMENT_CACHE_MB", "documentCacheBytes", 2 ** 20, 1, 4096],
  ["COST_MEMO_MB", "costMemoBytes", 2 ** 20, 0, 4096],
  ["MAX_CONNECTIONS", "maxConnections", 1, 1, 1_000_000],
  ["CLIENT_MAX_CONNECTIONS", "clientMaxConnections", 1, 1, 1_000_000],
  ["CLIENT_MAX_IN_FLIGHT", "clientMaxInFlight", 1, 1, 1_000_000],
  ["TURN_COST", "turnCost", 1, 1, 100_000_000],
  ["RATE_LIMIT_PER_MINUTE", "rateLimitPerMinute", 1, 0, 100_000_000],
  ["KEEP_ALIVE_MS", "keepAliveTimeoutMs", 1, 0, 600_000],
  ["HEADERS_TIMEOUT_MS", "headersTimeoutMs", 1, 100, 600_000],
  ["SOCKET_IDLE_MS", "socketIdleMs", 1, 100, 3_600_000],
];

/** Reads the {@link LIMIT_VARIABLES}, adding a problem for each bad one. */
function readServiceLimits(env: NodeJS.ProcessEnv, problems: string[]): ServiceLimits {
  const limits: Record<string, number> = { ...DEFAULT_SERVICE_LIMITS };
  for (const [name, key, unit, min, max] of LIMIT_VARIABLES) {
    const text = env[name];
    if (text === undefined) continue;
    const value = Number(text);
    if (text.trim() === "" || !Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name}=${text}: must be an integer in ${min}..${max}`);
    } else {
      limits[key] = value * unit;
    }
  }
  return limits as unknown as ServiceLimits;
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
  const graphiql = env.GRAPHIQL ?? (env.NODE_ENV === "development" ? "true" : "false");
  if (!["true", "false"].includes(graphiql)) {
    problems.push(`GRAPHIQL=${graphiql}: must be true or false`);
  }
  const trustedDocuments = env.TRUSTED_DOCUMENTS ?? "off";
  if (trustedDocuments !== "off" && trustedDocuments !== "only") {
    problems.push(`TRUSTED_DOCUMENTS=${trustedDocuments}: must be off or only`);
  }
  const httpCacheMaxAge = Number(env.HTTP_CACHE_MAX_AGE ?? 60);
  if (!Number.isInteger(httpCacheMaxAge) || httpCacheMaxAge < 0 || httpCacheMaxAge > 86_400) {
    problems.push(`HTTP_CACHE_MAX_AGE=${env.HTTP_CACHE_MAX_AGE}: must be an integer in 0..86400`);
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
  const graphDataLimits = readGraphDataLimitsInto(env, problems);
  const limits = readServiceLimits(env, problems);
  if (problems.length > 0) throw new Error(`bad configuration: ${problems.join("; ")}`);
  return {
    port,
    host: env.HOST ?? "0.0.0.0",
    graphData: env.GRAPH_DATA ?? BUNDLED_GRAPH_DATA,
    logLevel,
    production: env.NODE_ENV !== "development" && env.NODE_ENV !== "test",
    introspection: introspection === "true",
    graphiql: graphiql === "true",
    trustedDocuments: trustedDocuments === "only" ? "only" : "off",
    httpCacheMaxAge,
    corsOrigins: (env.CORS_ORIGINS ?? "")
      .split(",")
      .map((o) => o.trim())
      .filter((o) => o.length > 0),
    requestTimeoutMs,
    workers,
    responseCacheMiB,
    graphDataLimits,
    limits,
  };
}

/**
 * Reads only the graph-data limits from `env` (GRAPH_DATA_MAX_MB, GRAPH_DATA_MAX_ENTRIES;
 * see Config.graphDataLimits), for tools that check graph-data without serving it.
 * @throws Error naming every bad variable and what it allows.
 */
export function readGraphDataLimits(env: NodeJS.ProcessEnv = process.env): GraphDataLimits {
  const problems: string[] = [];
  const limits = readGraphDataLimitsInto(env, problems);
  if (problems.length > 0) throw new Error(`bad configuration: ${problems.join("; ")}`);
  return limits;
}

function readGraphDataLimitsInto(env: NodeJS.ProcessEnv, problems: string[]): GraphDataLimits {
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
