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
  /** Everything the process has written to stdout and stderr so far. */
  output(): string;
  /**
   * Resolves once the output contains `text` after position `from` (checked as each chunk
   * arrives); rejects after `timeoutMs` (default {@link WAIT_FOR_MS}) or once the process
   * has exited and its output ended without it.
   */
  waitFor(text: string, from?: number, timeoutMs?: number): Promise<void>;
  /**
   * Resolves with the exit code and signal once the process has exited and its output has
   * ended ("close", not "exit": at "exit" the last lines may still be unread, and a test
   * that reads the output then can miss them on a busy machine).
   */
  closed(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends SIGTERM and resolves with the exit code (null when killed by a signal). */
  stop(): Promise<number | null>;
}

/**
 * Default wait of {@link StartedProcess.waitFor}, in milliseconds (60 000): a log line that
 * takes a second here can take several on a busy 2-core CI; the wait ends as soon as the
 * line comes, so only a line that never comes costs all of it.
 */
export const WAIT_FOR_MS = 60_000;

/**
 * Longest {@link startProcess} waits for the first answer, in milliseconds (100 000, under
 * vitest's 120 s hook timeout): a start on the bundled graph-data costs about 2 s of CPU
 * here, several times that on a loaded CI, and the reload test's 4 000 entries took 43 s to
 * load with three busy loops beside a load of 20 on our 2 cores.
 */
export const START_MS = 100_000;

/** Options of {@link startProcess}. */
export interface StartOptions {
  /** Copy the process's output to this process's stderr (default true; tests turn it off). */
  readonly echo?: boolean;
  /**
   * Keep and echo stdout (default true). False drains it unread: a bench at default
   * logging writes a line per request, which would otherwise pile up in memory here.
   */
  readonly keepStdout?: boolean;
  /**
   * Run on these CPUs only (a `taskset -c` list such as "0"), for a bench that keeps the
   * measured process and its load generator off each other's cores. Unset: any CPU.
   */
  readonly cpus?: string;
  /**
   * Called once the output (so far) first contains `text`, with the process, while it starts
   * or after: for a test that signals a service at a given point of its start. Unset: none.
   */
  readonly onceLogged?: { readonly text: string; readonly run: (child: ChildProcess) => void };
}

/**
 * Spawns `script` with node on a free port as it would run deployed (NODE_ENV=production,
 * LOG_LEVEL=warn so no per-request lines; `env` overrides them, and a variable set to
 * undefined is left out), and resolves once POST
 * /graphql answers `{ stats { nodeCount } }`. A compiled `.js` script (dist/main.js, as
 * `npm start` runs it) runs with plain node; a `.ts` one with tsx's ESM loader.
 */
export async function startProcess(
  script: string,
  env: Record<string, string | undefined> = {},
  options: StartOptions = {},
): Promise<StartedProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const args = script.endsWith(".ts")
    ? ["--import", "tsx/esm", script]
    : ["--enable-source-maps", script];
  const merged: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    ...env,
  };
  const [command, commandArgs] =
    options.cpus === undefined
      ? [process.execPath, args]
      : ["taskset", ["-c", options.cpus, process.execPath, ...args]];
  const child = spawn(command, commandArgs, {
    env: Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined)),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  // Each waitFor's check, run on every chunk of output and once the output has ended.
  const checks = new Set<() => void>();
  let onceLogged = options.onceLogged;
  const collect = (d: Buffer) => {
    log += d.toString();
    if (options.echo ?? true) process.stderr.write(d);
    if (onceLogged !== undefined && log.includes(onceLogged.text)) {
      onceLogged.run(child);
      onceLogged = undefined;
    }
    for (const check of checks) check();
  };
  child.stdout.on("data", options.keepStdout === false ? () => {} : collect);
  child.stderr.on("data", collect);
  let ended = false;
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once("close", (code, signal) => {
      ended = true;
      for (const check of checks) check();
      resolve({ code, signal });
    });
  });
  const waitFor = (text: string, from = 0, timeoutMs = WAIT_FOR_MS) =>
    new Promise<void>((resolve, reject) => {
      const fail = () => {
        done();
        reject(new Error(`"${text}" not logged by ${script}; its output:\n${log}`));
      };
      const timer = setTimeout(fail, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        checks.delete(check);
      };
      const check = () => {
        if (log.indexOf(text, from) >= 0) {
          done();
          resolve();
        } else if (ended) fail();
      };
      checks.add(check);
      check();
    });
  const stop = () =>
    new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) return resolve(child.exitCode);
      child.once("exit", (code) => resolve(code));
      child.kill("SIGTERM");
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
  while (performance.now() - started < START_MS) {
    if (child.exitCode !== null)
      throw new Error(`${script} exited while starting; its output:\n${log}`);
    if (await probe()) {
      return {
        url,
        child,
        startMs: performance.now() - started,
        output: () => log,
        waitFor,
        closed: () => closed,
        stop,
      };
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  child.kill("SIGKILL");
  throw new Error(`${script} did not answer within ${START_MS / 1000} s; its output:\n${log}`);
}
