/**
 * The process the attacks run in (scripts/attackRunner.ts, bundled once into plain node):
 * started once for a whole suite, told which attack to start and when to stop it.
 */
import { spawn } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { AttackTally } from "./attacks.js";

const RUNNER = fileURLToPath(new URL("./attackRunner.ts", import.meta.url));
let bundled: Promise<string> | undefined;

/** The attack runner bundled into one plain-node file, once: it starts in ~50 ms. */
function runnerBundle(): Promise<string> {
  bundled ??= (async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "kg-attack-"));
    const outfile = path.join(dir, "attackRunner.mjs");
    await build({
      entryPoints: [RUNNER],
      outfile,
      bundle: true,
      platform: "node",
      format: "esm",
      logLevel: "warning",
    });
    return outfile;
  })();
  return bundled;
}

/** A started attacker process: one attack at a time, each started and stopped on demand. */
export interface AttackerProcess {
  /** Starts attack number `index` of ATTACKS; resolves once it runs. */
  start(index: number): Promise<void>;
  /** Stops the running attack; resolves its tally once its sockets are closed. */
  stop(): Promise<AttackTally>;
  /** Ends the process (stopping any attack still running); resolves once it has exited. */
  close(): Promise<void>;
}

/**
 * Starts an attacker process aimed at 127.0.0.1:`port`. Its answers come one line per
 * command, in order; a command it refuses, or its exit, rejects the pending command.
 */
export async function startAttackerProcess(port: number): Promise<AttackerProcess> {
  const child = spawn(process.execPath, [await runnerBundle(), String(port)], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const waiting: { resolve: (line: string) => void; reject: (err: Error) => void }[] = [];
  let exited = false;
  const exit = new Promise<void>((resolve) => {
    child.once("exit", (code) => {
      exited = true;
      for (const w of waiting.splice(0)) w.reject(new Error(`attacker exited (${code})`));
      resolve();
    });
  });
  createInterface({ input: child.stdout }).on("line", (line) => {
    const next = waiting.shift();
    if (next === undefined) return;
    if (line.startsWith("error")) next.reject(new Error(`attacker: ${line}`));
    else next.resolve(line);
  });
  const send = (line: string) =>
    new Promise<string>((resolve, reject) => {
      if (exited) {
        reject(new Error("attacker exited"));
        return;
      }
      waiting.push({ resolve, reject });
      child.stdin.write(`${line}\n`);
    });
  return {
    async start(index) {
      await send(`start ${index}`);
    },
    async stop() {
      return JSON.parse(await send("stop")) as AttackTally;
    },
    async close() {
      child.stdin.end();
      await exit;
    },
  };
}
