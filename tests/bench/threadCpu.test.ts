import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { procTimes, threadCpu } from "../../bench/threadCpu.js";

describe.runIf(existsSync("/proc/self/task"))("threadCpu", () => {
  it("reads this process's main thread apart from its others, and sees CPU spent on it", () => {
    const before = threadCpu(process.pid);
    const spent = process.cpuUsage();
    const processMs = () => (process.cpuUsage(spent).user + process.cpuUsage(spent).system) / 1000;
    // Spin on this thread until /proc shows 20 ms more on the main thread (two ticks of the
    // kernel's clock), or the process has spent 2 s: a reading of the wrong thread, or none,
    // ends at that bound and fails below. The process's own clock counts its other threads
    // too (a collection on CI took 40 of a 50 ms spin), so it cannot say when to stop.
    let x = 0;
    let after = threadCpu(process.pid);
    while (after.main - before.main < 20_000 && processMs() < 2000) {
      for (let i = 0; i < 100_000; i++) x += 1;
      after = threadCpu(process.pid);
    }
    expect(x).toBeGreaterThan(0);
    expect(before.main).toBeGreaterThan(0);
    expect(after.main - before.main).toBeGreaterThanOrEqual(20_000);
    expect(after.others).toBeGreaterThanOrEqual(before.others);
    expect(Number.isFinite(after.main + after.others)).toBe(true);
  });
});

describe("procTimes", () => {
  it("counts fields after the last parenthesis, whatever the command name holds", () => {
    const rest = "S 1 2 3 4 5 6 7 8 9 10 250 120 30 40 20 0 1 0";
    for (const name of ["node", "a) b (c", ") )"]) {
      expect(procTimes(`4242 (${name}) ${rest}`)).toEqual({
        user: 2.5,
        system: 1.2,
        childrenUser: 0.3,
        childrenSystem: 0.4,
      });
    }
  });
});
