import { describe, expect, it } from "vitest";
import { sided } from "../helpers/realReadings.js";

// Sides given in the ways runners answer an app or name both hips (stop 37), or both feet and
// an answer to a side question (stop 38). Sentences written for these tests, not taken from
// any held-out set.

describe("a side given after its site or by a plural", () => {
  it("reads a side standing alone after a site and a comma, as an app's answer gives it", () => {
    expect(sided("Where does it hurt? -> heel, right")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", "RIGHT"],
    ]);
    expect(sided("Where does it hurt? -> knee, both.")).toEqual([
      ["knee-pain-after-run", true, "RUNNER", "BOTH"],
    ]);
    expect(sided("achilles, left, sore after runs")).toEqual([
      ["achilles-irritation-after-run", true, "RUNNER", "LEFT"],
    ]);
  });

  it("does not take 'right' asking for agreement, or ending a sentence of pain, as a side", () => {
    expect(sided("my heel hurts after runs, right?")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", null],
    ]);
    expect(sided("my heel is sore, right")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", null],
    ]);
  });

  it("reads 'hips' as both sides, as 'heels' and 'knees' are", () => {
    expect(sided("my hips feel tight on long runs")).toEqual([
      ["hip-tension", true, "RUNNER", "BOTH"],
    ]);
    expect(sided("my hip is tight")).toEqual([["hip-tension", true, "RUNNER", null]]);
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
