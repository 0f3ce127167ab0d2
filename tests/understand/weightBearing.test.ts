import { describe, expect, it } from "vitest";
import { matchedIds, triageLevel } from "../helpers/readings.js";
import { kb } from "../helpers/realReadings.js";

// Walking or standing on a leg: pain while walking, and not bearing weight
// (a warning sign), said in everyday words or at a site with no sign of its own for it.
// Moved here from the test files of reader round 6 (named after the round or mend that wrote them).
// Sentences written for these tests or taken from the reviews' reproductions, not from any held-out
// set.

describe("walking that is possible but painful", () => {
  it("is pain, not the inability to bear weight", () => {
    for (const text of [
      "can't walk far without heel pain",
      "my heel hurts, can't walk very far",
      "cannot walk for long because of my heel",
    ]) {
      expect(matchedIds(kb, text), text).toEqual(["+heel-pain-after-running"]);
      expect(triageLevel(kb, text), text).toBe("SELF_CARE");
    }
    // "without" inside the phrase denies nothing after it: the limp is said.
    expect(matchedIds(kb, "can't walk far without limping")).toEqual(["+limping"]);
  });

  it("keeps 'can't walk', 'too painful to walk on' and 'can't put weight on it' urgent", () => {
    for (const text of [
      "can't walk",
      "my heel hurts and I can't walk",
      "my heel is too painful to walk on",
      "heel pain, can't put weight on it",
    ])
      expect(triageLevel(kb, text), text).toBe("URGENT");
  });
});
