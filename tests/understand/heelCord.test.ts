import { describe, expect, it } from "vitest";
import { triageLevel } from "../helpers/readings.js";
import { kb, read } from "../helpers/realReadings.js";

// The tendon or cord at the heel (the heel cord): the heel's red flags read
// there, and no Achilles finding for a tendon elsewhere.
// Moved here from the test files of session 31 mend E (named after the round or mend that wrote
// them). Sentences written for these tests or taken from the reviews' reproductions, not from any
// held-out set.

describe("G6: 'heel cord' with swelling, redness, warmth or numbness reads the heel", () => {
  it("reads the heel's red flag said at the heel cord", () => {
    // The heel cord is its own part near the heel since reader round 11b (tests/understand/onsets.test.ts).
    expect(read("my heel cord is numb")).toContainEqual([
      "heel-numbness-tingling",
      true,
      "RUNNER",
      "heel-cord",
    ]);
    expect(read("heel cord is red and warm")).toContainEqual([
      "heel-redness-warmth-swelling",
      true,
      "RUNNER",
      "heel-cord",
    ]);
    for (const text of ["my heel cord is numb", "heel cord is red and warm"])
      expect(triageLevel(kb, text), text).toBe("URGENT");
  });
});
