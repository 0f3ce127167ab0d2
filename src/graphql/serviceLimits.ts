/**
 * The budgets that keep one request, or one client, from costing the service more than
 * its share: each has an environment variable (see src/process/config.ts and the README's
 * configuration table) and its default here, in one place.
 */
export interface ServiceLimits {
  /** MAX_COST: most estimated cost of an operation (see costModel); default 50 000 (the contract's Trace at `limit: 50` costs about 16 600). */
  readonly maxCost: number;
  /**
   * MAX_COMPILED_FIELDS: most field nodes graphql-jit may compile for one operation
   * (default 500, about 50 ms of compiling; the largest contract operation has 169).
   * Larger operations run on graphql-js's interpreter instead of being compiled.
   */
  readonly maxCompiledFields: number;
  /** MAX_EXPENSIVE_FIELDS: most root `trace`, `search` and `searchFacets` fields per request (default 4). */
  readonly maxExpensiveFields: number;
  /**
   * WORK_BUDGET: work units one request may spend in trace and search (default 100 000, twice MAX_COST: a
   * text search costs 300, a search term 30, a step of the root-cause walk 1). Past it the
   * request stops with WORK_BUDGET_EXCEEDED.
   */
  readonly workBudget: number;
  /** MAX_RESPONSE_KB: largest response body, in KiB (default 1024: the deepest contract-shaped trace answers about 175 KB); larger is refused with RESPONSE_TOO_LARGE. */
  readonly maxResponseBytes: number;
  /** COMPILED_CACHE_MB: compiled operations kept, by estimated size, in MiB (default 16). */
  readonly compiledCacheBytes: number;
  /** DOCUMENT_CACHE_MB: parsed and validated documents kept, by source and AST size, in MiB (default 16). */
  readonly documentCacheBytes: number;
  /** COST_MEMO_MB: remembered cost estimates, in MiB (default 4). */
  readonly costMemoBytes: number;
  /** MAX_CONNECTIONS: open connections per process (default 2048); more are closed at once. */
  readonly maxConnections: number;
  /** CLIENT_MAX_CONNECTIONS: open connections per client address (default 128). */
  readonly clientMaxConnections: number;
  /** CLIENT_MAX_IN_FLIGHT: requests of one client address being answered at once (default 64); more get 429. */
  readonly clientMaxInFlight: number;
  /**
   * TURN_COST: estimated cost from which a request takes turns (default 5000, about 5 ms
   * of CPU; the contract's operations at their default sizes cost less): such requests run
   * at most one per client address per turn of the event loop, so one client's stream of
   * costly requests cannot hold every other client's requests behind it.
   */
  readonly turnCost: number;
  /**
   * RATE_LIMIT_PER_MINUTE: requests per client address per minute (default 6 000 000,
   * 100 000 a second: far above what one process serves, about 14 000 a second here, so the
   * bench and load scripts never meet it and only the other limits act by default; lower it
   * for a deployment with many clients); more get 429. 0 turns it off.
   */
  readonly rateLimitPerMinute: number;
  /** KEEP_ALIVE_MS: how long an idle keep-alive connection stays open (default 5000). */
  readonly keepAliveTimeoutMs: number;
  /** HEADERS_TIMEOUT_MS: longest time to receive a request's headers (default 5000), checked every second. */
  readonly headersTimeoutMs: number;
  /**
   * SOCKET_IDLE_MS: a connection that makes no progress for this long, reading or writing,
   * is closed (default 15 000): a client that never reads its response does not keep it in
   * memory longer.
   */
  readonly socketIdleMs: number;
  /**
   * TRUST_PROXY: how many proxies in front of the service append to X-Forwarded-For, so
   * the per-client limits above (requests at once, rate, turns) count the client behind
   * them instead of the nearest proxy (default 0: off, the header is not read, since a
   * client reaching the service directly could write it). Set it only when every request
   * comes through that many proxies. Connections are still counted by their peer's address.
   */
  readonly trustProxyHops: number;
}

/** The defaults of {@link ServiceLimits}. */
export const DEFAULT_SERVICE_LIMITS: ServiceLimits = {
  maxCost: 50_000,
  maxCompiledFields: 500,
  maxExpensiveFields: 4,
  workBudget: 100_000,
  maxResponseBytes: 1024 * 1024,
  compiledCacheBytes: 16 * 2 ** 20,
  documentCacheBytes: 16 * 2 ** 20,
  costMemoBytes: 4 * 2 ** 20,
  maxConnections: 2048,
  clientMaxConnections: 128,
  clientMaxInFlight: 64,
  turnCost: 5000,
  rateLimitPerMinute: 6_000_000,
  keepAliveTimeoutMs: 5000,
  headersTimeoutMs: 5000,
  socketIdleMs: 15_000,
  trustProxyHops: 0,
};
