/**
 * The process the attacks run in (scripts/attackRunner.ts, bundled once into plain node):
 * started once for a whole suite, told which attack to start and when to stop it.
 */
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { AttackTally } from "./attacks.js";

const RUNNER = fileURLToPath(new URL("./attackRunner.ts", import.meta.url));

/**
 * How long close() waits for the process to exit once its stdin has ended (it stops its
 * attack, closing up to 3000 sockets, first): past it, the process is killed.
 */
const CLOSE_WAIT_MS = 30_000;

/** The bundle's folder and file, while attacker processes use it. */
let bundled: Promise<{ dir: string; outfile: string }> | undefined;
/** Attacker processes started from the bundle and not yet closed. */
let users = 0;

/**
 * The attack runner bundled into one plain-node file in a folder of its own, once while
 * attacker processes use it (it starts in ~50 ms); the folder is removed when the last of
 * them closes, or when this process exits.
 */
async function acquireBundle(): Promise<string> {
  users++;
  bundled ??= (async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "kg-attack-"));
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
    const outfile = path.join(dir, "attackRunner.mjs");
    await build({
      entryPoints: [RUNNER],
      outfile,
      bundle: true,
      platform: "node",
      format: "esm",
      logLevel: "warning",
    });
    return { dir, outfile };
  })();
  return (await bundled).outfile;
}

/** One attacker process no longer uses the bundle: the last one removes its folder. */
async function releaseBundle(): Promise<void> {
  users--;
  const current = bundled;
  if (users > 0 || current === undefined) return;
  bundled = undefined;
  await rm((await current).dir, { recursive: true, force: true });
}

/** A started attacker process: one attack at a time, each started and stopped on demand. */
export interface AttackerProcess {
  /** Starts attack number `index` of ATTACKS; resolves once it runs. */
  start(index: number): Promise<void>;
  /** Stops the running attack; resolves its tally once its sockets are closed. */
  stop(): Promise<AttackTally>;
  /**
   * Ends the process (stopping any attack still running); resolves once it has exited,
   * killed if it has not within CLOSE_WAIT_MS.
   */
  close(): Promise<void>;
}

/**
 * Starts an attacker process aimed at 127.0.0.1:`port`. Its answers come one line per
 * command, in order; a command it refuses, or its exit, rejects the pending command.
 */
export async function startAttackerProcess(port: number): Promise<AttackerProcess> {
  const child = spawn(process.execPath, [await acquireBundle(), String(port)], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const waiting: { resolve: (line: string) => void; reject: (err: Error) => void }[] = [];
  let exited = false;
  let closing = false;
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
      if (closing) return;
      closing = true;
      child.stdin.end();
      const bound = setTimeout(() => child.kill("SIGKILL"), CLOSE_WAIT_MS);
      await exit;
      clearTimeout(bound);
      await releaseBundle();
    },
  };
}
