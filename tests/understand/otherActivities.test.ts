import { describe, expect, it } from "vitest";
import { matchedIds } from "../helpers/readings.js";
import { kb } from "../helpers/realReadings.js";

// Pain after, during or as it goes on through something other than a run (a walk, a hike, a
// shift, tennis) reads as it would of a run (stop 37), as the blind labellers' rules for
// other activities read it. Sentences written for these tests, not taken from any held-out set.

describe("another activity standing in for the run", () => {
  it("reads an Achilles sore after a walk or hike as sore after a run", () => {
    for (const text of [
      "my achilles is sore after hiking",
      "my achilles aches after a long walk",
      "achilles is cranky after tennis",
    ])
      expect(matchedIds(kb, text), text).toEqual(["+achilles-irritation-after-run"]);
  });

  it("reads an ankle fine on a walk and sore after it as pain after, not during", () => {
    expect(matchedIds(kb, "my ankle is fine while walking but sore afterwards")).toEqual([
      "+ankle-pain-after-not-during",
    ]);
  });

  it("reads a heel worse the longer the hike or walk goes on", () => {
    for (const text of [
      "my heel gets worse the longer I hike",
      "the longer I walk the worse my heel gets",
    ])
      expect(matchedIds(kb, text), text).toEqual(["+heel-pain-worse-when-running"]);
  });

  it("keeps pain that eases once the runner walks a while apart from pain after walking", () => {
    expect(matchedIds(kb, "my heel hurts in the morning but eases after walking a bit")).toEqual([
      "+heel-pain-worst-in-morning",
    ]);
  });
});
