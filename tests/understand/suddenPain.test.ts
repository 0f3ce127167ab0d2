import { describe, expect, it } from "vitest";
import { matchedIds, triageLevel } from "../helpers/readings.js";
import { kb } from "../helpers/realReadings.js";

// Pain that comes on at once (the heel article's sudden heel pain): said to
// hit or strike once, never when it came on gradually or keeps coming back.
// Moved here from the test files of reader round 10b and session 31 mend A (named after the round
// or mend that wrote them). Sentences written for these tests or taken from the reviews'
// reproductions, not from any held-out set.

describe("pain that comes on at once (the heel article's sudden heel pain)", () => {
  it("is sudden when pain is said to hit or strike, mid run or at a mile", () => {
    for (const text of [
      "a sharp pain hit my heel mid run",
      "pain hit my left heel halfway round the park",
      "an awful pain struck my heel on the track",
      "sharp pain in my heel, it hit me at mile 3",
      "my heel was fine then a stabbing pain hit it out of nowhere",
    ]) {
      expect(matchedIds(kb, text), text).toContain("+sudden-acute-heel-pain");
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
  });

  it("reads a sudden heel that cannot even be stood on", () => {
    const text = "heel went suddenly on my last rep and now I can't even stand on it";
    expect(matchedIds(kb, text)).toEqual(["+sudden-acute-heel-pain"]);
    expect(triageLevel(kb, text)).toBe("URGENT");
  });

  it("is no onset where nothing says so, and a blow stays a blow", () => {
    expect(matchedIds(kb, "my heel hurts mid run")).toEqual(["+heel-pain-after-running"]);
    expect(matchedIds(kb, "sharp pain in my heel halfway through my run")).toEqual([
      "+stabbing-pain-under-heel",
    ]);
    expect(matchedIds(kb, "I hit my heel on a rock and it hurts")).toEqual([
      "+direct-impact",
      "+heel-pain-after-running",
    ]);
    for (const text of ["my heel hurts mid run", "I hit my heel on a rock and it hurts"])
      expect(triageLevel(kb, text), text).not.toBe("URGENT");
  });

  it("denied with the pain, denies the onset too", () => {
    expect(matchedIds(kb, "no pain hit my heel, it just aches after runs")).not.toContain(
      "+sudden-acute-heel-pain",
    );
  });
});

describe("F3: a pain said to hit or strike is sudden only when it came on at once", () => {
  it("reads no sudden onset for a gradual, recurring or after-run pain", () => {
    for (const text of [
      "heel pain hit me gradually over a few weeks",
      "the heel pain hit me slowly over months",
      "the heel pain hits every morning",
      "heel pain hits when i get out of bed",
      "pain hits my heel each morning then eases",
      "heel pain strikes every time i run",
      "my heel pain hit me after a long run",
    ]) {
      expect(matchedIds(kb, text), text).not.toContain("+sudden-acute-heel-pain");
      expect(triageLevel(kb, text), text).toBe("SELF_CARE");
    }
  });

  it("still reads a pain that hit once, out of nowhere, as sudden", () => {
    for (const text of [
      "heel pain hit me out of nowhere mid run",
      "a sharp pain hit my heel mid run",
    ])
      expect(matchedIds(kb, text), text).toContain("+sudden-acute-heel-pain");
  });
});
