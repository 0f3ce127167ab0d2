import { describe, expect, it } from "vitest";
import { oneAtATime } from "../src/process/oneAtATime.js";

/** A task whose runs finish when the test says, counting runs and overlaps. */
function controlledTask() {
  const finishers: (() => void)[] = [];
  let running = 0;
  let overlaps = 0;
  const task = () =>
    new Promise<void>((resolve) => {
      running++;
      if (running > 1) overlaps++;
      finishers.push(() => {
        running--;
        resolve();
      });
    });
  const finish = async () => {
    finishers.shift()?.();
    await new Promise((r) => setImmediate(r));
  };
  return { task, finish, runs: () => finishers.length, overlaps: () => overlaps };
}

describe("oneAtATime", () => {
  it("never overlaps runs, and turns a burst of calls during a run into one more run", async () => {
    const { task, finish, runs, overlaps } = controlledTask();
    const run = oneAtATime(task);
    run();
    run();
    run();
    run();
    expect(runs()).toBe(1);
    await finish();
    expect(runs()).toBe(1); // the one more run the burst asked for
    await finish();
    expect(runs()).toBe(0);
    expect(overlaps()).toBe(0);
  });

  it("runs again after a run that failed", async () => {
    let calls = 0;
    const run = oneAtATime(async () => {
      calls++;
      throw new Error("refused");
    });
    run();
    await new Promise((r) => setImmediate(r));
    run();
    await new Promise((r) => setImmediate(r));
    expect(calls).toBe(2);
  });
});
