import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { procTimes, threadCpu } from "../../bench/threadCpu.js";

describe.runIf(existsSync("/proc/self/task"))("threadCpu", () => {
  it("reads this process's main thread apart from its others, and sees CPU spent on it", () => {
    const before = threadCpu(process.pid);
    const spent = process.cpuUsage();
    // Spend at least 50 ms of CPU on this thread (five ticks of the kernel's clock).
    let x = 0;
    while ((process.cpuUsage(spent).user + process.cpuUsage(spent).system) / 1000 < 50) x += 1;
    const after = threadCpu(process.pid);
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
