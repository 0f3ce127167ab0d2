import { describe, expect, it } from "vitest";
import { matchedIds, triageLevel } from "../helpers/readings.js";
import { kb } from "../helpers/realReadings.js";

// Sites named in lay words: the back of the heel, the back of the ankle, the
// tendon, the sole, the Achilles, and parts no article covers.
// Moved here from the test files of reader round 8 (named after the round or mend that wrote them).
// Sentences written for these tests or taken from the reviews' reproductions, not from any held-out
// set.

describe("the Achilles red, warm or swollen", () => {
  it("is no warning sign of an article: unknown (the heel list is the heel area's)", () => {
    // The heel article lists redness, warmth or swelling in the heel area; the Achilles article
    // names no redness or warmth, and swelling only as what a doctor checks and ibuprofen eases.
    for (const text of ["my achilles is red and warm", "my achilles is swollen"]) {
      expect(matchedIds(kb, text), text).toEqual([]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
  });

  it("is the heel's sign where it meets the heel", () => {
    for (const text of [
      "my achilles is puffy where it meets the heel",
      "the back of my heel is red and warm",
    ])
      expect(triageLevel(kb, text), text).toBe("URGENT");
  });
});
