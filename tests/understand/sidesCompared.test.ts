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

describe("both sides named inside a site's words (stop 38)", () => {
  it("reads 'both feet' and 'the balls of my feet' as both sides", () => {
    expect(sided("the underneath of both feet aches after long runs")).toEqual([
      ["sore-sole", true, "RUNNER", "BOTH"],
    ]);
    expect(sided("the balls of my feet are sore")).toEqual([["sore-sole", true, "RUNNER", "BOTH"]]);
    expect(sided("the ball of my left foot is sore")).toEqual([
      ["sore-sole", true, "RUNNER", "LEFT"],
    ]);
  });
});

describe("a side given as an app's answer (stop 38)", () => {
  it("reads the answer to a side question, and LHS, RHS, lt as sides", () => {
    expect(sided("Where does it hurt? -> heel. Side? -> right")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", "RIGHT"],
    ]);
    expect(sided("Where does it hurt? -> heel, LHS")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", "LEFT"],
    ]);
    expect(sided("lt heel sore after runs")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", "LEFT"],
    ]);
    // "right" opening a sentence is no side.
    expect(sided("right, so my heel hurts")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", null],
    ]);
  });
});
