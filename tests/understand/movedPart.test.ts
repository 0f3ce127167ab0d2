import { describe, expect, it } from "vitest";
import { matchedIds, triageLevel } from "../helpers/readings.js";
import { kb } from "../helpers/realReadings.js";

// The part a movement moves (vocabulary `movements`, src/understand/movedPart.ts), stop 38.
// Sentences written for these tests, not taken from any held-out set.

describe("a part named after a movement word", () => {
  it("is the part moved: what is felt stays at the site said or carried before", () => {
    expect(matchedIds(kb, "my right ankle is playing up. it pinches when I point my toes")).toEqual(
      ["+ankle-pinching"],
    );
    expect(
      matchedIds(kb, "the back of my ankle is tender, it pinches if I point my foot"),
    ).toContain("+ankle-pinching");
    expect(matchedIds(kb, "my achilles is sore. it hurts when I flex my foot")).not.toContain(
      "+ankle-pinching",
    );
  });

  it("is where it is felt after other verbs, or when nothing is felt before the movement", () => {
    expect(matchedIds(kb, "it hurts when I bend my knee")).toEqual(["+knee-pain-after-run"]);
    expect(matchedIds(kb, "I stretch my calves and my heel hurts")).toEqual([
      "+heel-pain-after-running",
    ]);
    // A warning sign said of the moved part's own site is still read (red flags win).
    expect(triageLevel(kb, "my heel goes numb when I flex my foot")).toBe("URGENT");
  });
});
