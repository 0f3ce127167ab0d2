import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runSteps, runStepsSliced, type Steps, sortSteps } from "../../src/graph/index.js";

/** Steps that count to `n`, one number per step. */
function* count(n: number): Steps<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    out.push(i);
    yield;
  }
  return out;
}

describe("steps", () => {
  it("sortSteps sorts like Array.prototype.sort, stable, in steps", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.nat())), (items) => {
        const byKey = (a: [number, number], b: [number, number]) => a[0] - b[0];
        expect(runSteps(sortSteps(items, byKey))).toEqual([...items].sort(byKey));
      }),
    );
  });

  it("sortSteps yields a step per few hundred elements merged, not one for the whole sort", () => {
    const items = Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 20_000);
    const steps = sortSteps(items, (a, b) => a - b);
    let yields = 0;
    while (!steps.next().done) yields++;
    // 20 000 × 15 merge passes, 512 a step.
    expect(yields).toBeGreaterThan(500);
  });

  it("runStepsSliced gives the same result as runSteps, in several slices with turns between", async () => {
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    const { value, report } = await runStepsSliced(count(300_000), 1);
    clearInterval(ticker);
    expect(value).toEqual(runSteps(count(300_000)));
    expect(report.slices).toBeGreaterThan(1);
    expect(report.busyMs).toBeGreaterThanOrEqual(report.longestSliceMs);
    expect(turns).toBeGreaterThan(0);
  });

  it("runStepsSliced ends a slice at the first step past sliceMs and turns the event loop between slices (a counted clock)", async () => {
    // Each step adds its cost to a clock of the test's own: no machine's speed in it.
    let now = 0;
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const seen: number[] = [];
    function* work(costs: readonly number[]): Steps<number> {
      for (const cost of costs) {
        seen.push(turns);
        now += cost;
        yield;
      }
      return costs.length;
    }
    // 25 steps of 1 ms, one of 500 (a step that holds the thread), 5 of 1; slices of 10 ms.
    const costs = [...Array<number>(25).fill(1), 500, ...Array<number>(5).fill(1)];
    const { value, report } = await runStepsSliced(work(costs), 10, () => now);
    ticking = false;
    expect(value).toBe(costs.length);
    // 10 steps, 10 steps, 5 and the long one (505), then the last 5.
    expect(report).toEqual({ slices: 4, longestSliceMs: 505, busyMs: 530 });
    // Each slice's steps ran in one turn of the event loop, each slice in a later one.
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(new Set(seen).size).toBe(report.slices);
  });
});
