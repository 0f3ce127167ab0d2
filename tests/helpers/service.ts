import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { ROOT } from "./paths.js";

/** A running `npm start` process (src/main.ts) for tests that need the real binary. */
export interface Service {
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything it has logged so far. */
  output(): string;
  /** Resolves once the log contains `text` after `from` characters (default: anywhere). */
  waitFor(text: string, from?: number, timeoutMs?: number): Promise<void>;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts src/main.ts on a free port with extra `env`, once it is listening. */
export async function startService(env: Record<string, string>): Promise<Service> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "src/main.ts")], {
    cwd: ROOT,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", ...env },
  });
  let log = "";
  child.stdout.on("data", (d: Buffer) => {
    log += d.toString();
  });
  child.stderr.on("data", (d: Buffer) => {
    log += d.toString();
  });
  const waitFor = (text: string, from = 0, timeoutMs = 20_000) =>
    new Promise<void>((resolve, reject) => {
      const started = Date.now();
      const poll = setInterval(() => {
        if (log.indexOf(text, from) >= 0) {
          clearInterval(poll);
          resolve();
        } else if (Date.now() - started > timeoutMs || child.exitCode !== null) {
          clearInterval(poll);
          reject(new Error(`"${text}" not logged; log:\n${log}`));
        }
      }, 20);
    });
  await waitFor("Server listening at http://127.0.0.1:");
  const port = /Server listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(log)?.[1];
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => log,
    waitFor,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", (code) => resolve(code));
        child.kill("SIGTERM");
      }),
  };
}
