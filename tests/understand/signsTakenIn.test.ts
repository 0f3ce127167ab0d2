import { describe, expect, it } from "vitest";
import { matchedIds, triageLevel } from "../helpers/readings.js";
import { kb } from "../helpers/realReadings.js";

// A sign that takes in another (findings' takesIn, stop 37): the ankle pain so sudden that it
// swells is one finding, its swelling part of it, as the blind labellers' shared rules read it.
// Sentences written for these tests, not taken from any held-out set.

describe("a sign that takes in another said with it", () => {
  it("keeps sudden ankle pain with swelling alone, not the swelling beside it", () => {
    for (const text of [
      "my ankle suddenly hurt and swelled up on my run",
      "out of nowhere my ankle started hurting and puffed right up",
    ]) {
      expect(matchedIds(kb, text), text).toEqual(["+sudden-ankle-pain-swelling"]);
      // Still a warning sign of the ankle's list: stop and rest, no URGENT.
      expect(triageLevel(kb, text), text).not.toBe("URGENT");
    }
  });

  it("keeps a swollen ankle when nothing sudden is said", () => {
    expect(matchedIds(kb, "my ankle is swollen after my run")).toEqual(["+ankle-swelling"]);
  });
});
