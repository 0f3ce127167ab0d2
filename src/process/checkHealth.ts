/**
 * The container's HEALTHCHECK (`node dist/process/checkHealth.js`): asks the service's
 * /livez where HOST and PORT say it listens, exits 0 when it answers 200, else 1 with the
 * reason on stderr (`docker inspect` shows it). Plain node, nothing else loaded: it runs
 * every 15 s beside the service.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { LISTEN_DEFAULTS } from "./listenDefaults.js";

/** How long the check waits for /livez: under the HEALTHCHECK's --timeout of 3 s. */
export const CHECK_TIMEOUT_MS = 2000;

/**
 * The URL of `route` on the service that `env`'s HOST and PORT make listen, as this
 * machine reaches it: a host meaning every interface (0.0.0.0, ::) is asked on loopback
 * (127.0.0.1, [::1]), an IPv6 address is bracketed, any other host is asked as it is.
 * A problem instead when PORT is 0 (a port picked at start cannot be known from outside)
 * or is not a port.
 */
export function probeUrl(
  env: NodeJS.ProcessEnv,
  route = "/livez",
): { url: string } | { problem: string } {
  const portText = env.PORT ?? String(LISTEN_DEFAULTS.port);
  const port = Number(portText);
  if (!/^[0-9]+$/.test(portText) || port > 65535) {
    return { problem: `PORT=${JSON.stringify(portText)} is not a port: set PORT to 1..65535` };
  }
  if (port === 0) {
    return {
      problem:
        "PORT=0 picks a free port at start, which the health check cannot know: set PORT to the port to check",
    };
  }
  const host = (env.HOST ?? LISTEN_DEFAULTS.host).replace(/^\[(.*)\]$/, "$1");
  const asked =
    host === "0.0.0.0"
      ? "127.0.0.1"
      : host === "::"
        ? "[::1]"
        : host.includes(":")
          ? `[${host}]`
          : host;
  return { url: `http://${asked}:${port}${route}` };
}

/** Asks /livez per `env`; resolves the exit code (0 healthy, 1 not) after writing why not. */
export async function checkHealth(
  env: NodeJS.ProcessEnv,
  report: (line: string) => void,
): Promise<number> {
  const target = probeUrl(env);
  if ("problem" in target) {
    report(`unhealthy: ${target.problem}`);
    return 1;
  }
  try {
    const response = await fetch(target.url, { signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) });
    if (response.ok) return 0;
    report(`unhealthy: ${target.url} answered ${response.status}`);
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code;
    report(`unhealthy: ${target.url} did not answer (${cause ?? (err as Error).name})`);
  }
  return 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  process.exitCode = await checkHealth(process.env, (line) => console.error(line));
}
