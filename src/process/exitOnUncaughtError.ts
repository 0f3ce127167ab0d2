import type { Logger } from "pino";

/**
 * Logs an uncaught exception, or a promise rejection nothing handled, at fatal as one JSON
 * line (the error's type, message and stack in `err`) and exits 1, as node would: without
 * this, node prints a multi-line stack on stderr, which a log pipeline reading JSON lines
 * splits or drops, and LOG_LEVEL cannot silence. Nothing is drained: after an error nothing
 * caught, the process's state is not to be trusted.
 */
export function exitOnUncaughtError(logger: Logger): void {
  process.on("uncaughtException", (err, origin) => {
    const what =
      origin === "unhandledRejection" ? "unhandled promise rejection" : "uncaught exception";
    logger.fatal({ err, origin }, `${what}: exiting 1`);
    process.exit(1);
  });
}
