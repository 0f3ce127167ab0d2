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
});
