import { type StartedProcess, startProcess } from "../../scripts/service.js";

/** A running `npm start` process (src/main.ts), for tests that need the real binary. */
export type Service = StartedProcess;

/**
 * Starts src/main.ts on a free port with extra `env`, with info-level logs (tests read
 * them) and its output kept to itself; resolves once it answers GraphQL.
 */
export function startService(env: Record<string, string>): Promise<Service> {
  return startProcess(
    "src/main.ts",
    { NODE_ENV: "test", LOG_LEVEL: "info", ...env },
    { echo: false },
  );
}
