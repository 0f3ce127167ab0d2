import { describe, expect, it } from "vitest";
import { matchedIds, triageLevel } from "../helpers/readings.js";
import { kb } from "../helpers/realReadings.js";

// Warning signs said with common misspellings and homophones ("wait" for weight, "bare" for
// bear, "swollon"), and the ordinary words beside them that must stay ordinary. Sentences
// written for these tests (reader round 12b), not taken from any held-out set.

describe("warning signs misspelt", () => {
  it("reads weight bearing with 'wait', 'weigh' and 'bare'", () => {
    for (const text of [
      "cant put wait on my heel",
      "can't put any wait on my foot",
      "cannot bare weight on my heel since the fall",
      "can't bear wait on it",
      "can't put weigh on my heel",
    ]) {
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
  });

  it("reads swelling, redness and warmth misspelt", () => {
    for (const text of [
      "heel is swollon",
      "heel is swolled up",
      "heel is puffey",
      "heel is hott",
      "heel looks reddy",
      "both heals are swollen",
    ]) {
      expect(matchedIds(kb, text), text).toContain("+heel-redness-warmth-swelling");
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
  });

  it("keeps 'wait' and 'weight' in ordinary sentences ordinary", () => {
    for (const text of [
      "I can't wait to run again, heel a bit sore",
      "no wait, I mean my heel is sore",
      "losing weight, heel sore after runs",
      "I'll wait and see, heel a bit sore",
    ]) {
      expect(triageLevel(kb, text), text).toBe("SELF_CARE");
    }
  });
});
