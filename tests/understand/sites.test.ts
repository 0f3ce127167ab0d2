import { describe, expect, it } from "vitest";
import { matchedIds, triageLevel } from "../helpers/readings.js";
import { kb, read } from "../helpers/realReadings.js";

// Sites named in lay words: the back of the heel, the back of the ankle, the
// tendon, the sole, the Achilles, and parts no article covers.
// Moved here from the test files of reader round 8 and reader round 10b (named after the round or
// mend that wrote them). Sentences written for these tests or taken from the reviews'
// reproductions, not from any held-out set.

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

describe("swelling at the back of the heel (convention a)", () => {
  it("is the back of the heel's own sign alone, and URGENT", () => {
    for (const text of [
      "the back of my heel is swollen",
      "my heel's back part has puffed up and it aches",
      "swollen lump behind my heel after the hill session",
      "it's gone puffy at the back of my left heel",
    ]) {
      expect(matchedIds(kb, text), text).toContain("+back-of-heel-pain-swelling");
      expect(matchedIds(kb, text), text).not.toContain("+heel-redness-warmth-swelling");
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
  });

  it("keeps the heel's sign for redness or warmth said there, and for swelling elsewhere", () => {
    expect(read("the back of my heel is red and swollen")).toEqual([
      ["back-of-heel-pain-swelling", true, "RUNNER", "back-of-heel"],
      ["heel-redness-warmth-swelling", true, "RUNNER", "back-of-heel"],
    ]);
    expect(read("the back of my heel is warm")).toEqual([
      ["heel-redness-warmth-swelling", true, "RUNNER", "back-of-heel"],
    ]);
    expect(triageLevel(kb, "the back of my heel is warm")).toBe("URGENT");
    expect(read("my heel is swollen")).toEqual([
      ["heel-redness-warmth-swelling", true, "RUNNER", "heel"],
    ]);
  });

  it("denied there, denies the back of the heel's sign only", () => {
    expect(matchedIds(kb, "back of my heel aches, no swelling there")).toEqual([
      "+heel-pain-after-running",
      "-back-of-heel-pain-swelling",
    ]);
    expect(triageLevel(kb, "back of my heel aches, no swelling there")).not.toBe("URGENT");
  });
});

describe("sites named by lay words", () => {
  it("reads the back of the ankle as the ankle's, as the ankle article places its pain", () => {
    expect(read("felt a pop at the back of my ankle")).toEqual([
      ["ankle-popping", true, "RUNNER", "back-ankle"],
    ]);
    expect(read("my left ankle aches at the back after runs")).toEqual([
      ["ankle-pain-sides", true, "RUNNER", "back-ankle"],
    ]);
    // Not bearing weight there is the ankle's own sign (the ankle article governs the ankle).
    expect(matchedIds(kb, "heard a crack at the back of my ankle and I can't walk on it")).toEqual([
      "+ankle-popping",
      "+ankle-weight-bearing",
    ]);
    // A stiff back of the ankle as a run starts is the Achilles' stiffness.
    expect(matchedIds(kb, "the back of my ankle is stiff when I set off")).toEqual([
      "+achilles-stiffness-start-of-run",
    ]);
  });

  it("reads the tendon at the back of the ankle as the Achilles, above the heel as above the heel", () => {
    // The tendon named at the heel is the heel's back (its red flags read there: see
    // tests/understand/heelCord.test.ts); a bare "tendon at the back" names no part.
    expect(read("the tendon at the back of my heel hurts")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", "back-of-heel"],
    ]);
    expect(read("the tendon at the back hurts")).toEqual([]);
    expect(read("the tendon at the back of my ankle is sore after runs")).toEqual([
      ["achilles-irritation-after-run", true, "RUNNER", "achilles"],
    ]);
    expect(read("stabbing in the cord above my heel")).toEqual([
      ["stabbing-pain-above-heel", true, "RUNNER", "above-heel"],
    ]);
  });

  it("reads a pop above the heel as nothing the articles name, and its pain as the Achilles'", () => {
    expect(matchedIds(kb, "felt a pop above my heel")).toEqual([]);
    expect(triageLevel(kb, "felt a pop above my heel")).toBe("UNKNOWN");
    expect(matchedIds(kb, "felt a pop above my heel and it hurts")).toEqual([
      "+pain-near-heel-dull-or-sharp",
    ]);
  });

  it("reads the sole's lay words as the sole or arch", () => {
    for (const [text, site] of [
      ["pain in the bottom of my foot", "sole"],
      ["ball of my foot hurts after runs", "sole"],
      ["my arch aches", "arch"],
      ["my instep is sore", "arch"],
    ] as const)
      expect(read(text), text).toEqual([["sore-sole", true, "RUNNER", site]]);
  });

  it("leaves an uncovered part uncovered", () => {
    for (const text of ["top of my foot hurts", "my shin aches after runs"]) {
      expect(matchedIds(kb, text), text).toEqual([]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
  });
});

describe("generic Achilles pain (convention b)", () => {
  it("is the Achilles article's pain near the heel; after runs, its irritation afterwards", () => {
    for (const text of ["my achilles hurts", "achilles is sore", "my left achilles aches"])
      expect(matchedIds(kb, text), text).toEqual(["+pain-near-heel-dull-or-sharp"]);
    expect(matchedIds(kb, "my achilles hurts after runs")).toEqual([
      "+achilles-irritation-after-run",
    ]);
  });
});
