// @ts-check
/**
 * `npm test`: every check, and every test, browser tests included, in one command.
 *
 * The static checks (typecheck, lint, generated-types check) run while vitest runs, each
 * in its own process with its output kept until the end, so the whole takes about as long
 * as vitest alone. They run at a lower priority (nice 10): on two cores the suite is
 * CPU-bound, and the checks then take the CPU the tests leave while they wait (on services
 * starting, attack and reload windows, a browser) instead of slowing every test at the start. At the end it prints each check, the wall time and, last, the test
 * counts as `tests: N passed, N failed, N skipped`, and exits non-zero if anything
 * failed. Arguments go to vitest (`npm test -- tests/search`).
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { setPriority, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** coreutils' nice, where it is (Debian and most Linux). */
const NICE = "/usr/bin/nice";
const bin = (/** @type {string} */ name) => path.join(ROOT, "node_modules", ".bin", name);

/**
 * The type checker: TypeScript 7's native compiler (`tsc` of typescript 7), a fifth of
 * TypeScript 5's CPU (4 s against 22 s for the three projects); single-threaded, as it runs
 * beside vitest: its threads would only take CPU from the tests. The schema's lint is a
 * test (tests/api/schemaLint.test.ts).
 */
const TSC = bin("tsc");
const TYPECHECK = ["--noEmit", "--singleThreaded"];

/** The static checks: name and command line. */
const CHECKS = /** @type {const} */ ([
  ["typecheck", TSC, TYPECHECK],
  ["typecheck (explorer)", TSC, [...TYPECHECK, "-p", "src/web"]],
  ["typecheck (GraphiQL)", TSC, [...TYPECHECK, "-p", "src/graphiql"]],
  ["lint", bin("biome"), ["check", "."]],
  ["generated types", bin("tsx"), ["scripts/codegen.ts", "--check"]],
]);

/** Niceness of the static checks: below vitest, which keeps the default 0. */
const CHECK_NICENESS = 10;

/**
 * Runs a command; resolves with its exit code, its output (kept, or passed through with
 * `inherit`) and how long it took. `niceness` lowers its priority (0: unchanged).
 * @param {string} command
 * @param {readonly string[]} args
 * @param {boolean} inherit
 * @param {number} niceness
 * @returns {Promise<{ code: number | null, output: string, ms: number }>}
 */
function run(command, args, inherit, niceness = 0) {
  const started = performance.now();
  // nice(1) lowers the priority before the command starts, so every thread it makes has it;
  // setPriority after the spawn reaches only the threads made by then (the fallback).
  const viaNice = niceness !== 0 && existsSync(NICE);
  return new Promise((resolve) => {
    const child = viaNice
      ? spawn(NICE, ["-n", String(niceness), command, ...args], {
          cwd: ROOT,
          stdio: inherit ? "inherit" : ["ignore", "pipe", "pipe"],
        })
      : spawn(command, args, {
          cwd: ROOT,
          stdio: inherit ? "inherit" : ["ignore", "pipe", "pipe"],
        });
    if (!viaNice && niceness !== 0 && child.pid !== undefined) {
      try {
        setPriority(child.pid, niceness);
      } catch {
        // Not allowed here (or the process already ended): it runs at the usual priority.
      }
    }
    let output = "";
    child.stdout?.on("data", (d) => {
      output += d;
    });
    child.stderr?.on("data", (d) => {
      output += d;
    });
    child.on("error", (err) => {
      output += String(err);
    });
    child.on("close", (code) => resolve({ code, output, ms: performance.now() - started }));
  });
}

const started = performance.now();
const report = await mkdtemp(path.join(tmpdir(), "kinetic-graph-test-"));
const reportFile = path.join(report, "vitest.json");
const checks = CHECKS.map(([name, command, args]) =>
  run(command, args, false, CHECK_NICENESS).then((result) => ({ name, ...result })),
);
const vitest = await run(
  bin("vitest"),
  [
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${reportFile}`,
    ...process.argv.slice(2),
  ],
  true,
);

const seconds = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(1)} s`;
let failed = vitest.code !== 0;
console.log("");
for (const check of await Promise.all(checks)) {
  if (check.code === 0) {
    console.log(`✓ ${check.name} (${seconds(check.ms)})`);
  } else {
    failed = true;
    console.log(`✗ ${check.name} failed (exit ${check.code}):\n${check.output}`);
  }
}
/** @type {{ numPassedTests: number, numFailedTests: number, numPendingTests: number, numTodoTests: number } | null} */
const counts = await readFile(reportFile, "utf8").then(
  (text) => JSON.parse(text),
  () => null,
);
await rm(report, { recursive: true, force: true });
console.log(`npm test took ${seconds(performance.now() - started)} (wall time)`);
if (counts) {
  const skipped = counts.numPendingTests + counts.numTodoTests;
  console.log(
    `tests: ${counts.numPassedTests} passed, ${counts.numFailedTests} failed, ${skipped} skipped`,
  );
} else {
  console.log("tests: vitest wrote no report");
}
process.exit(failed ? 1 : 0);
