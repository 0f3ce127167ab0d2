import { describe, expect, it } from "vitest";
import { matchedIds } from "../helpers/readings.js";
import { kb, read } from "../helpers/realReadings.js";

// A mileage change: a rise said as a figure, a rise within the rule, a cut.
// Moved here from the test files of reader round 6, the mends after rounds 5 and 7 and the mends
// after rounds 6 and 7 (named after the round or mend that wrote them). Sentences written for these
// tests or taken from the reviews' reproductions, not from any held-out set.

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

describe("a mileage cut", () => {
  it("is no mileage jump, said in its clause or the one before the figure", () => {
    for (const text of [
      "I cut my mileage, it was 30%",
      "dropped my weekly mileage, it was 40 percent",
      "my mileage went down, it was 30%",
      "I cut my mileage by 30%",
      "mileage down 30% this month",
      "I reduced my mileage from 40 to 20, heel still hurts",
      "ran 30% less mileage this month",
    ])
      expect(matchedIds(kb, text), text).not.toContain("+mileage-jump");
  });

  it("leaves a rise read, with a word of rise or without", () => {
    for (const text of [
      "I upped my mileage by 30%",
      "I upped my mileage, it was 30%",
      "mileage went from 20 to 40",
      "weekly mileage 40% higher than last month",
    ])
      expect(matchedIds(kb, text), text).toContain("+mileage-jump");
  });
});

describe("the new figure said first, 'up from' the old (stop 38)", () => {
  it("reads the rise past the article's tenth a week, and denies one within it", () => {
    expect(matchedIds(kb, "I'm on 33 miles this week, up from 25 last week")).toContain(
      "+mileage-jump",
    );
    expect(matchedIds(kb, "at 40 km this week, up from 38")).toContain("-mileage-jump");
    expect(matchedIds(kb, "my pace is up from 5 to 6")).not.toContain("+mileage-jump");
  });
});
