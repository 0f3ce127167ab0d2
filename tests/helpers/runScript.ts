import { spawn } from "node:child_process";
import path from "node:path";
import { ROOT } from "./paths.js";

/** Exit code and combined output of a script run. */
export interface ScriptRun {
  readonly code: number | null;
  readonly output: string;
}

/**
 * Runs an entry point of the project with extra `env` and `args`: a compiled `.js` one
 * (see `compiled`) with plain node, a TypeScript one through tsx.
 * `stopWhen` sends one SIGTERM once the output contains it; SIGKILL after `timeoutMs`
 * (default 90 000, under vitest's 120 s: a hung script still fails, a slow CI's start does not). Resolves once
 * the process has exited and its output has ended ("close": at "exit" the last lines may
 * still be unread, and an assertion on them would then fail on a busy machine).
 */
export function runScript(
  script: string,
  options: {
    env?: Record<string, string>;
    args?: string[];
    stopWhen?: string;
    timeoutMs?: number;
  } = {},
): Promise<ScriptRun> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        ...(script.endsWith(".ts") ? ["--import", "tsx"] : []),
        path.resolve(ROOT, script),
        ...(options.args ?? []),
      ],
      {
        cwd: ROOT,
        env: { ...process.env, ...options.env },
      },
    );
    let output = "";
    let stopped = false;
    const collect = (d: Buffer) => {
      output += d.toString();
      // Once: a second SIGTERM would stop the service at once instead of draining it.
      if (!stopped && options.stopWhen !== undefined && output.includes(options.stopWhen)) {
        stopped = true;
        child.kill("SIGTERM");
      }
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 90_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
