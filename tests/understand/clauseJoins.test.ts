import { describe, expect, it } from "vitest";
import { triageLevel } from "../helpers/readings.js";
import { kb, read } from "../helpers/realReadings.js";

// Clauses run on or joined ('and', 'n', '&', '+'): each body gets only what
// is said in its own stretch, and a denial stays within its own body's words.
// Moved here from the test files of reader round 10a (named after the round or mend that wrote
// them). Sentences written for these tests or taken from the reviews' reproductions, not from any
// held-out set.

describe("two bodies run on in one clause", () => {
  it("gives each body only what is said in its own stretch", () => {
    expect(read("my wife's ankle is swollen my heel hurts")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", "heel"],
    ]);
    expect(read("my heel hurts my wife's ankle is swollen")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", "heel"],
    ]);
    expect(read("my wife's heel is numb my ankle hurts")).toEqual([
      ["heel-numbness-tingling", true, "SOMEONE_ELSE", "heel"],
      ["runners-ankle", true, "RUNNER", "ankle"],
    ]);
    expect(read("my heel is numb my wife's ankle hurts")).toEqual([
      ["heel-numbness-tingling", true, "RUNNER", "heel"],
    ]);
    expect(triageLevel(kb, "my wife's ankle is swollen my heel hurts")).toBe("SELF_CARE");
  });

  it("still shares what is felt after sites listed before it", () => {
    expect(read("my heel and my wife's ankle are numb")).toEqual([
      ["heel-numbness-tingling", true, "RUNNER", "heel"],
    ]);
    expect(read("my ankle and my wife's heel hurt, it is numb")).toEqual([
      ["runners-ankle", true, "RUNNER", "ankle"],
      ["heel-numbness-tingling", true, "SOMEONE_ELSE", "heel"],
    ]);
  });
});
