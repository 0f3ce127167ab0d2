import type { Logger } from "pino";

/** The signals main.ts answers before the service is up (see {@link handleStartupSignals}). */
export interface StartupSignals {
  /**
   * Removes the start-up handlers, once the role's own are in place (serve's shutdown and
   * reload handlers, or the cluster primary's); returns true when a SIGHUP came meanwhile.
   */
  end(): boolean;
}

/**
 * Answers signals from when the configuration is read until it serves, while modules load,
 * graph-data loads and the server is built: without handlers node would die of SIGTERM or
 * SIGINT at once, with no log line (and, as a container's PID 1, ignore them outright, so
 * the runtime waits its whole timeout and kills it). SIGTERM or SIGINT logs `stopped before
 * serving` at warn and exits 0: nothing is served yet, so nothing is drained. A signal is
 * answered when the load next yields: at once while files are read, after the step being
 * run while the graph is built (about a second in all for the bundled graph-data). SIGHUP
 * is remembered (see {@link StartupSignals.end}): the data being loaded may predate the
 * edit it announces, so serve reloads once it serves.
 */
export function handleStartupSignals(logger: Logger): StartupSignals {
  let reloadAsked = false;
  const stop = (signal: NodeJS.Signals) => {
    logger.warn(
      { signal },
      "stopped before serving: signal received while starting (graph-data loading or the server being built); exiting 0",
    );
    process.exit(0);
  };
  const hangUp = () => {
    reloadAsked = true;
    logger.info("SIGHUP while starting: graph-data will be reloaded once the service serves");
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  process.on("SIGHUP", hangUp);
  return {
    end() {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      process.off("SIGHUP", hangUp);
      return reloadAsked;
    },
  };
}
