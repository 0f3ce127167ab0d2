import { appendFileSync, readFileSync } from "node:fs";
import { afterAll, expect } from "vitest";
import { procTimes } from "../../bench/threadCpu.js";

/**
 * With TEST_CPU_LOG set (as `npm run test:cpu` sets it), appends one JSON line per test file
 * to that file: the CPU seconds its worker spent on it, from before the file is imported to
 * after its last hook ("self"), and those of the child processes it started and waited for
 * ("children": services, scripts, browsers). Linux only (reads /proc); else nothing.
 * Unset (`npm test`), it records nothing.
 */
const LOG = process.env.TEST_CPU_LOG;

/** This process's CPU seconds, and its waited-for children's, or null off Linux. */
function cpuSeconds(): { self: number; children: number } | null {
  try {
    const t = procTimes(readFileSync("/proc/self/stat", "utf8"));
    return { self: t.user + t.system, children: t.childrenUser + t.childrenSystem };
  } catch {
    return null;
  }
}

if (LOG !== undefined && LOG !== "") {
  const start = cpuSeconds();
  const started = performance.now();
  afterAll(() => {
    const end = cpuSeconds();
    if (start === null || end === null) return;
    const round = (n: number) => Math.round(n * 100) / 100;
    const line = {
      file: expect.getState().testPath ?? "",
      self: round(end.self - start.self),
      children: round(end.children - start.children),
      wall: round((performance.now() - started) / 1000),
    };
    appendFileSync(LOG, `${JSON.stringify(line)}\n`);
  });
}
