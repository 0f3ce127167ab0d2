// @ts-check
/**
 * `npm run test:cpu`: runs vitest (arguments go to it, as with `npm test`) and prints the CPU
 * seconds each test file cost, its worker's own and its child processes' (services, scripts,
 * browsers; see tests/setup/cpuByFile.ts), the most costly first, with the totals and the
 * whole run's (vitest and every process it waited for). CPU seconds, not wall time: on a
 * shared machine they say what a change saved, whatever else runs. Linux only (/proc).
 *
 * It counts a process only once its parent has waited for it: one whose parent exits first
 * (re-parented to init) is not counted at all. Chromium run with a zygote (without
 * `--no-zygote`), or pages opened by `window.open` into a renderer the browser does not wait
 * for, hid 20 of the interview file's 28 s of browser CPU that way (stop 32): check a change
 * to how processes start with a child subreaper counting every descendant before trusting
 * a fall in the "children" column. The browser files' one tab each (explorerSession's
 * onePage) is such a case: most of the tab's renderer CPU goes uncounted (the interview
 * file's column fell 27.5 -> 5.8 s where the subreaper saw 44.6 -> 33.0 s; closing the
 * context before the browser did not change that; why is not known).
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** How many files the table lists (TEST_CPU_TOP, default 20). */
const TOP = Number(process.env.TEST_CPU_TOP ?? "20");

/** CPU seconds of the children this process has waited for (cutime + cstime), from /proc. */
async function childrenCpu() {
  const fields = (await readFile("/proc/self/stat", "utf8")).split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

const folder = await mkdtemp(path.join(tmpdir(), "kinetic-graph-cpu-"));
const log = path.join(folder, "cpu.jsonl");
const before = await childrenCpu();
const code = await new Promise((resolve) => {
  const child = spawn(
    path.join(ROOT, "node_modules", ".bin", "vitest"),
    ["run", ...process.argv.slice(2)],
    { cwd: ROOT, stdio: "inherit", env: { ...process.env, TEST_CPU_LOG: log } },
  );
  child.on("close", resolve);
});
const whole = (await childrenCpu()) - before;
/** @type {{ file: string, self: number, children: number, wall: number }[]} */
const rows = (await readFile(log, "utf8").catch(() => ""))
  .split("\n")
  .filter((line) => line !== "")
  .map((line) => JSON.parse(line));
await rm(folder, { recursive: true, force: true });

const s = (/** @type {number} */ n) => n.toFixed(1).padStart(6);
const sum = (/** @type {(r: typeof rows[number]) => number} */ f) =>
  rows.reduce((total, r) => total + f(r), 0);
rows.sort((a, b) => b.self + b.children - (a.self + a.children));
console.log(`\nCPU seconds by test file (${rows.length} files, the ${TOP} most costly):`);
console.log(" total   self children  wall  file");
for (const r of rows.slice(0, TOP)) {
  console.log(
    `${s(r.self + r.children)} ${s(r.self)} ${s(r.children)} ${s(r.wall)}  ${path.relative(ROOT, r.file)}`,
  );
}
console.log(
  `${s(sum((r) => r.self + r.children))} ${s(sum((r) => r.self))} ${s(sum((r) => r.children))}         all files`,
);
console.log(
  `${s(whole)}                       the whole run (vitest and every process it waited for)`,
);
process.exit(typeof code === "number" ? code : 1);
