import { DEFAULT_SERVICE_LIMITS, type ServiceLimits } from "../graphql/serviceLimits.js";
import { MAX_PROXY_HOPS } from "../http/clientAddress.js";
import { validateLimitVariables } from "./generated/envValidators.js";
import { type EnvProblem, readEnv, type Variable } from "./readEnv.js";

/**
 * The variable of each {@link ServiceLimits} budget: the key it sets, the unit it is given
 * in (bytes per unit), and its allowed range in that unit. Defaults: DEFAULT_SERVICE_LIMITS.
 */
const SERVICE_LIMIT_VARIABLES: Readonly<
  Record<string, readonly [keyof ServiceLimits, number, number, number]>
> = {
  MAX_COST: ["maxCost", 1, 100, 10_000_000],
  MAX_COMPILED_FIELDS: ["maxCompiledFields", 1, 0, 100_000],
  MAX_EXPENSIVE_FIELDS: ["maxExpensiveFields", 1, 1, 100],
  WORK_BUDGET: ["workBudget", 1, 100, 100_000_000],
  MAX_RESPONSE_KB: ["maxResponseBytes", 1024, 1, 1_048_576],
  COMPILED_CACHE_MB: ["compiledCacheBytes", 2 ** 20, 0, 4096],
  DOCUMENT_CACHE_MB: ["documentCacheBytes", 2 ** 20, 1, 4096],
  COST_MEMO_MB: ["costMemoBytes", 2 ** 20, 0, 4096],
  MAX_CONNECTIONS: ["maxConnections", 1, 1, 1_000_000],
  CLIENT_MAX_CONNECTIONS: ["clientMaxConnections", 1, 1, 1_000_000],
  CLIENT_MAX_IN_FLIGHT: ["clientMaxInFlight", 1, 1, 1_000_000],
  TURN_COST: ["turnCost", 1, 1, 100_000_000],
  RATE_LIMIT_PER_MINUTE: ["rateLimitPerMinute", 1, 0, 100_000_000],
  // At least 1: node reads a keep-alive timeout of 0 as "none", idle connections kept forever.
  KEEP_ALIVE_MS: ["keepAliveTimeoutMs", 1, 1, 600_000],
  HEADERS_TIMEOUT_MS: ["headersTimeoutMs", 1, 100, 600_000],
  SOCKET_IDLE_MS: ["socketIdleMs", 1, 100, 3_600_000],
  TRUST_PROXY: ["trustProxyHops", 1, 0, MAX_PROXY_HOPS],
};

/** The service limits' variables as {@link Variable}s (defaults in DEFAULT_SERVICE_LIMITS' units). */
export const LIMIT_VARIABLES: Readonly<Record<string, Variable>> = Object.fromEntries(
  Object.entries(SERVICE_LIMIT_VARIABLES).map(([name, [key, unit, min, max]]) => [
    name,
    { kind: "integer", min, max, default: Math.round(DEFAULT_SERVICE_LIMITS[key] / unit) },
  ]),
);

/** The service limits set in `env`, the others at their defaults, adding a problem for each bad one. */
export function readServiceLimits(env: NodeJS.ProcessEnv, problems: EnvProblem[]): ServiceLimits {
  const read = readEnv(env, LIMIT_VARIABLES, validateLimitVariables);
  problems.push(...read.problems);
  const limits: Record<string, number> = { ...DEFAULT_SERVICE_LIMITS };
  for (const [name, [key, unit]] of Object.entries(SERVICE_LIMIT_VARIABLES)) {
    const value = read.values[name];
    if (env[name] !== undefined && typeof value === "number") limits[key] = value * unit;
  }
  return limits as unknown as ServiceLimits;
}
