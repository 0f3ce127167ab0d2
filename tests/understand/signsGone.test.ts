import { describe, expect, it } from "vitest";
import { matchedIds, triageLevel } from "../helpers/readings.js";
import { kb } from "../helpers/realReadings.js";

// A sign said absent, over, not over, or gone and back again.
// Moved here from the test files of reader round 8 (named after the round or mend that wrote them).
// Sentences written for these tests or taken from the reviews' reproductions, not from any held-out
// set.

describe("a sign said not to be over", () => {
  it("stays reported after a negation ('hasn't gone down', 'never stops')", () => {
    expect(matchedIds(kb, "my heel swelling hasn't gone down")).toEqual([
      "+heel-redness-warmth-swelling",
    ]);
    expect(matchedIds(kb, "the numbness in my heel has not gone away")).toEqual([
      "+heel-numbness-tingling",
    ]);
    expect(matchedIds(kb, "my ankle never stops aching")).toEqual(["+constant-ankle-ache"]);
    expect(triageLevel(kb, "my heel swelling hasn't gone down")).toBe("URGENT");
    // Said over, it is still over.
    expect(matchedIds(kb, "my heel swelling has gone down")).toEqual([
      "-heel-redness-warmth-swelling",
    ]);
  });
});
