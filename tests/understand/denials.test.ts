import { describe, expect, it } from "vitest";
import { matchedIds, triageLevel } from "../helpers/readings.js";
import { kb, read } from "../helpers/realReadings.js";

// A denial ('no', 'without', 'not') and how far it reaches: a list of things, a
// state word after a comma, a list going on past a state word.
// Moved here from the test files of reader round 6, the mends after rounds 5 and 7 and the mends
// after rounds 6 and 7 (named after the round or mend that wrote them). Sentences written for these
// tests or taken from the reviews' reproductions, not from any held-out set.

describe("a denial of things before a comma", () => {
  it("does not reach a word saying how a part is after it", () => {
    expect(read("no heel pain, numb")).toEqual([
      ["heel-pain-after-running", false, "RUNNER", "heel"],
      ["heel-numbness-tingling", true, "RUNNER", "heel"],
    ]);
    for (const text of [
      "no heel pain, numb",
      "without pain in my heel, swollen",
      "zero pain, heel tingly",
    ])
      expect(triageLevel(kb, text), text).toBe("URGENT");
  });

  it("still denies every thing of its list, and a state cue's list of states", () => {
    for (const text of [
      "no numbness, tingling, swelling",
      "no numbness, tingling or swelling in my heel",
      "no swelling, redness, numbness in my heel",
      "heel isn't swollen, red or warm",
      "my heel is not numb, tingly",
    ])
      expect(triageLevel(kb, text), text).not.toBe("URGENT");
  });
});

describe("a bare 'no' starting a list", () => {
  it("denies every item of a comma list, closed by 'or' or not (no red flag from a denial)", () => {
    for (const text of [
      "no swelling, redness, numbness in my heel",
      "no numbness, tingling, swelling",
      "no numbness, tingling or swelling",
    ])
      expect(triageLevel(kb, text), text).not.toBe("URGENT");
  });
});

describe("a denial's list of things going on past a state word", () => {
  it("denies the state word when or/nor, another feeling or 'nothing like that' follows", () => {
    for (const text of [
      "no heel pain, swollen, numb, nothing like that, just stiff",
      "my heel aches, no swelling, numb or tingly bits",
      "my heel is sore but no swollen, numb or tingly feelings",
      "without swelling, numb or tingly feelings in my heel",
      "no pain, numb nor tingly in my heel",
      "heel not sore, no redness, numb or tingling",
    ])
      expect(triageLevel(kb, text), text).not.toBe("URGENT");
    expect(matchedIds(kb, "my heel aches, no swelling, numb or tingly bits")).toEqual([
      "+heel-pain-after-running",
      "-heel-redness-warmth-swelling",
      "-heel-numbness-tingling",
    ]);
  });

  it("still reports a state word that ends the list", () => {
    for (const text of [
      "no heel pain, numb",
      "no heel pain, swollen, numb",
      "without pain in my heel, swollen",
      "no heel pain, numb and tingly",
    ])
      expect(triageLevel(kb, text), text).toBe("URGENT");
    expect(matchedIds(kb, "no heel pain, numb")).toEqual([
      "-heel-pain-after-running",
      "+heel-numbness-tingling",
    ]);
  });
});
