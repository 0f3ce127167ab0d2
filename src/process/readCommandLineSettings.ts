import type { ServiceLimits } from "../graphql/serviceLimits.js";
import { ConfigError, type GraphDataSettings, readGraphDataSettings } from "./config.js";
import type { EnvProblem } from "./readEnv.js";
import { readServiceLimits } from "./serviceLimitVariables.js";

/** What the command line reads from the environment to answer as the service would. */
export interface CommandLineSettings extends GraphDataSettings {
  /**
   * The service limits (MAX_COST, WORK_BUDGET, MAX_RESPONSE_KB, …), read and checked as
   * the service reads them: a query bounded by the service is bounded alike here.
   */
  readonly serviceLimits: ServiceLimits;
}

/**
 * Reads the graph-data variables (see readGraphDataSettings) and the service limits'
 * variables (see LIMIT_VARIABLES) from `env`, checked as the service checks them.
 * @throws ConfigError listing every bad variable of either kind at once.
 */
export function readCommandLineSettings(env: NodeJS.ProcessEnv = process.env): CommandLineSettings {
  const problems: EnvProblem[] = [];
  let graphData: GraphDataSettings | null = null;
  try {
    graphData = readGraphDataSettings(env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    problems.push(...err.problems);
  }
  const serviceLimits = readServiceLimits(env, problems);
  if (graphData === null || problems.length > 0) throw new ConfigError(problems);
  return { ...graphData, serviceLimits };
}
