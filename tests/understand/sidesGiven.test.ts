import { describe, expect, it } from "vitest";
import { sided } from "../helpers/realReadings.js";

// Sides given in the ways runners answer an app or name both hips (stop 37). Sentences
// written for these tests, not taken from any held-out set.

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
