import { fileURLToPath } from "node:url";
import { DEFAULT_SERVICE_LIMITS, type ServiceLimits } from "./api/serviceLimits.js";

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
  /** NODE_ENV=production: mask unknown errors, hide stack traces and field suggestions. */
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
function readLimits(env: NodeJS.ProcessEnv, problems: string[]): ServiceLimits {
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
  const limits = readLimits(env, problems);
  if (problems.length > 0) throw new Error(`bad configuration: ${problems.join("; ")}`);
  return {
    port,
    host: env.HOST ?? "0.0.0.0",
    graphData: env.GRAPH_DATA ?? BUNDLED_GRAPH_DATA,
    logLevel,
    production: env.NODE_ENV === "production",
    introspection: introspection === "true",
    corsOrigins: (env.CORS_ORIGINS ?? "")
      .split(",")
      .map((o) => o.trim())
      .filter((o) => o.length > 0),
    requestTimeoutMs,
    workers,
    responseCacheMiB,
    limits,
  };
}
