import { describe, expect, it } from "vitest";
import { matchedIds } from "../helpers/readings.js";
import { kb, read } from "../helpers/realReadings.js";

// A mileage change: a rise said as a figure, a rise within the rule, a cut.
// Moved here from the test files of reader round 6 and the mends after rounds 5 and 7 (named after
// the round or mend that wrote them). Sentences written for these tests or taken from the reviews'
// reproductions, not from any held-out set.

describe("a mileage rise said as a figure after the change", () => {
  it("reads the figure with the change said in the clause before", () => {
    for (const text of [
      "I upped my mileage last month, it was 30%",
      "added distance this block. it was like 40 percent",
    ])
      expect(matchedIds(kb, text), text).toContain("+mileage-jump");
    expect(matchedIds(kb, "added a bit of distance, it was 5%")).toEqual(["-mileage-jump"]);
  });

  it("looks back one clause only, and never reads a share as a rise", () => {
    expect(matchedIds(kb, "I upped my mileage, my heel hurts, it was 30%")).toEqual([
      "+mileage-jump",
      "+heel-pain-after-running",
    ]);
    expect(matchedIds(kb, "my heel hurts, it was 30%")).toEqual(["+heel-pain-after-running"]);
    expect(matchedIds(kb, "my achilles aches on runs, 50% of my runs")).toEqual([
      "+pain-near-heel-dull-or-sharp",
    ]);
  });
});

describe("a mileage rise within the rule", () => {
  it("denies no jump when negated or followed by another number", () => {
    for (const text of [
      "I didn't increase by only 5%, it was 30%",
      "mileage went from 40 to 42 and then to 60",
    ])
      expect(read(text), text).not.toContainEqual(["mileage-jump", false, "RUNNER", undefined]);
    expect(read("upped my mileage by 5%")).toEqual([["mileage-jump", false, "RUNNER", undefined]]);
  });
});
