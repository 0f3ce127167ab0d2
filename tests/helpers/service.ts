import { type StartedProcess, type StartOptions, startProcess } from "../../scripts/service.js";
import { compiled } from "./paths.js";

/** A running `npm start` process (the compiled dist/main.js), for tests that need the real binary. */
export type Service = StartedProcess;

/**
 * Starts the compiled service on a free port with extra `env`, with info-level logs
 * (tests read them) and its output kept to itself; resolves once it answers GraphQL.
 * `onceLogged` acts on the process once its output says something (see StartOptions).
 */
export function startService(
  env: Record<string, string>,
  onceLogged?: StartOptions["onceLogged"],
): Promise<Service> {
  return startProcess(
    compiled("main"),
    { NODE_ENV: "test", LOG_LEVEL: "info", ...env },
    { echo: false, onceLogged },
  );
}
