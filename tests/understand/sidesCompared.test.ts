import { describe, expect, it } from "vitest";
import { sided } from "../helpers/realReadings.js";

// One side's sign graded against the other's (vocabulary sharedComparatives, comparisons;
// src/understand/comparesSides.ts), stop 37. Sentences written for these tests, not taken
// from any held-out set.

describe("a sign graded on one side against the other", () => {
  it("reads both sides when one is worse, sorer or more swollen than the other", () => {
    expect(sided("my left heel is worse than my right after runs")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", "BOTH"],
    ]);
    expect(sided("right ankle is more swollen than the left")).toEqual([
      ["ankle-swelling", true, "RUNNER", "BOTH"],
    ]);
    expect(sided("my right heel is sorer then my left")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", "BOTH"],
    ]);
  });

  it("keeps the side said first when the grade is one only that side has", () => {
    expect(sided("my left knee feels less stable than my right")).toEqual([
      ["knee-less-stable", true, "RUNNER", "LEFT"],
    ]);
  });

  it("needs the other side after the comparison: another site or a time is none", () => {
    expect(sided("my right ankle feels tighter than usual")).toEqual([
      ["limited-ankle-motion", true, "RUNNER", "RIGHT"],
    ]);
    expect(sided("my left heel hurts more than my ankle")).toContainEqual([
      "heel-pain-after-running",
      true,
      "RUNNER",
      "LEFT",
    ]);
    expect(sided("my right heel hurts, the left one is fine")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", "RIGHT"],
    ]);
  });
});
