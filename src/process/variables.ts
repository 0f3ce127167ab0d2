import { fileURLToPath } from "node:url";
import { DEFAULT_GRAPH_DATA_LIMITS } from "../graph/GraphDataLimits.js";
import { APOLLO_DEFAULTS } from "../graphql/ApolloOptions.js";
import { HTTP_DEFAULTS } from "../http/HttpServerOptions.js";
import { DEFAULT_RESPONSE_CACHE_BYTES } from "../http/ResponseCache.js";
import { LISTEN_DEFAULTS } from "./listenDefaults.js";
import type { Variable } from "./readEnv.js";

/** The graph-data folder shipped with the service. */
export const BUNDLED_GRAPH_DATA = fileURLToPath(new URL("../../graph-data", import.meta.url));

/**
 * Every variable the service reads, typed and bounded; defaults here and nowhere else.
 * An empty value is a problem, not "unset" (PORT="" is not a random port).
 */
export const VARIABLES = {
  PORT: { kind: "integer", min: 0, max: 65535, default: LISTEN_DEFAULTS.port },
  HOST: {
    kind: "text",
    maxLength: 253,
    pattern: "^[A-Za-z0-9.:_\\[\\]-]+$",
    expected: "a host name or IP address",
    default: LISTEN_DEFAULTS.host,
  },
  GRAPH_DATA: {
    kind: "text",
    maxLength: 4096,
    pattern: "^[^\\u0000]+$",
    expected: "the path of a graph-data folder",
    default: BUNDLED_GRAPH_DATA,
  },
  LOG_LEVEL: {
    kind: "enum",
    values: ["fatal", "error", "warn", "info", "debug", "trace", "silent"],
    default: "info",
  },
  LOG_SAMPLE: { kind: "integer", min: 1, max: 1_000_000, default: 1 },
  LOG_BUFFER_KB: { kind: "integer", min: 0, max: 12, default: 3 },
  NODE_ENV: { kind: "enum", values: ["production", "development", "test"], default: "production" },
  INTROSPECTION: { kind: "boolean", default: APOLLO_DEFAULTS.introspection },
  CORS_ORIGINS: {
    kind: "text",
    maxLength: 4096,
    pattern: "^(\\*|https?://[A-Za-z0-9.:\\[\\]-]+( *, *https?://[A-Za-z0-9.:\\[\\]-]+)*)$",
    expected: "* or a comma-separated list of origins (scheme://host[:port])",
    default: null,
  },
  REQUEST_TIMEOUT_MS: {
    kind: "integer",
    min: 100,
    max: 600_000,
    default: HTTP_DEFAULTS.requestTimeoutMs,
  },
  WORKERS: { kind: "integer", min: 1, max: 64, default: 1 },
  RESPONSE_CACHE_MB: {
    kind: "integer",
    min: 0,
    max: 4096,
    default: DEFAULT_RESPONSE_CACHE_BYTES / 2 ** 20,
  },
  GRAPH_DATA_MAX_MB: {
    kind: "integer",
    min: 1,
    max: 256,
    default: DEFAULT_GRAPH_DATA_LIMITS.maxTotalBytes / 2 ** 20,
  },
  GRAPH_DATA_MAX_ENTRIES: {
    kind: "integer",
    min: 1,
    max: 1_000_000,
    default: DEFAULT_GRAPH_DATA_LIMITS.maxEntries,
  },
  HEALTH_DETAILS: { kind: "boolean", default: false },
  METRICS: { kind: "boolean", default: true },
  SHUTDOWN_GRACE_MS: { kind: "integer", min: 0, max: 600_000, default: 0 },
  SHUTDOWN_DEADLINE_MS: { kind: "integer", min: 1000, max: 3_600_000, default: 15_000 },
  WORKER_RESTART_LIMIT: { kind: "integer", min: 1, max: 1000, default: 5 },
  WORKER_RESTART_WINDOW_MS: { kind: "integer", min: 1000, max: 3_600_000, default: 60_000 },
  GRAPHIQL: {
    kind: "text",
    maxLength: 5,
    pattern: "^(true|false)$",
    expected: "true or false (unset: on in development only)",
    default: null,
  },
  TRUSTED_DOCUMENTS: { kind: "enum", values: ["off", "only"], default: "off" },
  HTTP_CACHE_MAX_AGE: {
    kind: "integer",
    min: 0,
    max: 86_400,
    default: HTTP_DEFAULTS.httpCacheMaxAge,
  },
  OTEL_EXPORTER_OTLP_ENDPOINT: {
    kind: "text",
    maxLength: 2048,
    pattern: "^https?://[^\\s]+$",
    expected: "the http(s) URL of an OTLP collector",
    default: null,
  },
} as const satisfies Record<string, Variable>;

/** The graph-data variables, read alone by tools that load graph-data without serving it. */
export const GRAPH_DATA_VARIABLES = {
  GRAPH_DATA: VARIABLES.GRAPH_DATA,
  GRAPH_DATA_MAX_MB: VARIABLES.GRAPH_DATA_MAX_MB,
  GRAPH_DATA_MAX_ENTRIES: VARIABLES.GRAPH_DATA_MAX_ENTRIES,
} as const;
