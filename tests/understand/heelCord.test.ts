import { describe, expect, it } from "vitest";
import { matchedIds, triageLevel } from "../helpers/readings.js";
import { kb, read } from "../helpers/realReadings.js";

// The tendon or cord at the heel (the heel cord): the heel's red flags read
// there, and no Achilles finding for a tendon elsewhere.
// Moved here from the test files of session 31 mend E and session 31 mend A (named after the round
// or mend that wrote them). Sentences written for these tests or taken from the reviews'
// reproductions, not from any held-out set.

/** Whether any reading of `text` is an Achilles finding (its id names the Achilles or the pain near the heel). */
const achillesIds = (text: string) =>
  matchedIds(kb, text).filter((id) => id.includes("achilles") || id.includes("pain-near-heel"));

describe("G6: 'heel cord' with swelling, redness, warmth or numbness reads the heel", () => {
  it("reads the heel's red flag said at the heel cord", () => {
    // The heel cord is its own part near the heel since reader round 11b (tests/understand/onsets.test.ts).
    expect(read("my heel cord is numb")).toContainEqual([
      "heel-numbness-tingling",
      true,
      "RUNNER",
      "heel-cord",
    ]);
    expect(read("heel cord is red and warm")).toContainEqual([
      "heel-redness-warmth-swelling",
      true,
      "RUNNER",
      "heel-cord",
    ]);
    for (const text of ["my heel cord is numb", "heel cord is red and warm"])
      expect(triageLevel(kb, text), text).toBe("URGENT");
  });
});

describe("F1: the tendon named at the heel keeps the heel's red flags", () => {
  it("reads swelling, redness, warmth, numbness and sudden bruised pain there as URGENT", () => {
    for (const text of [
      "the tendon behind my heel is swollen",
      "tendon at back of heel swollen",
      "heel tendon swollen",
      "my heel tendon is red and hot",
      "the cord at the back of my heel is swollen and red",
      "the tendon at the back of my heel is numb",
      "cord at the back of my heel tingles",
      "heel tendon is bruised and the pain came on suddenly",
    ])
      expect(triageLevel(kb, text), text).toBe("URGENT");
  });

  it("reads no Achilles finding for a tendon at the back of the knee, leg, thigh, hand or shoulder", () => {
    for (const text of [
      "tendon at the back of my knee is sore",
      "the tendon at the back of my leg behind my knee hurts",
      "the tendon at the back of my thigh is tight",
      "tendon at back of leg near hamstring hurts after runs",
      "the tendon at the back of my hand hurts",
      "tendon at the back of my shoulder is sore",
    ])
      expect(achillesIds(text), text).toEqual([]);
    expect(triageLevel(kb, "the tendon at the back of my hand hurts")).toBe("UNKNOWN");
  });
});
