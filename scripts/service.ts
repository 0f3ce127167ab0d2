import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { performance } from "node:perf_hooks";

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no free port")),
      );
    });
  });
}

/** A service process started by {@link startProcess}. */
export interface StartedProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Milliseconds from spawn to the first successful answer to `probe`. */
  readonly startMs: number;
  stop(): Promise<void>;
}

/**
 * Spawns `node --import tsx <script>` on a free port as it would run deployed
 * (NODE_ENV=production, LOG_LEVEL=warn so no per-request lines), and resolves once POST
 * /graphql answers `{ stats { nodeCount } }`.
 */
export async function startProcess(
  script: string,
  env: Record<string, string> = {},
): Promise<StartedProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const probe = () =>
    fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"query":"{ stats { nodeCount } }"}',
    }).then(
      (r) => r.ok,
      () => false,
    );
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${script} exited while starting`);
    if (await probe()) {
      const startMs = performance.now() - started;
      return {
        url,
        child,
        startMs,
        stop: () =>
          new Promise((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once("exit", () => resolve());
            child.kill("SIGTERM");
          }),
      };
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  child.kill("SIGKILL");
  throw new Error(`${script} did not answer within 15 s`);
}
