import { describe, expect, it } from "vitest";
import { matchedIds, triageLevel } from "../helpers/readings.js";
import { about, kb, sided } from "../helpers/realReadings.js";

// Feelings listed before their site keep the clause's owner (src/understand/feelingsListed.ts),
// a contraction "dog's been" names the dog, a child or animal that "won't stand on" a foot
// bears no weight on it, and a voice-typed "write" before a site is its side. Sentences written for these tests, not taken from any held-out set.

describe("feelings listed before their site", () => {
  it("keeps another person's red, hot heel theirs, and URGENT", () => {
    for (const text of ["my wife has a hot, swollen heel", "my dad has a red, puffy heel"]) {
      expect(about(text), text).toBe("SOMEONE_ELSE");
      expect(matchedIds(kb, text), text).toContain("+heel-redness-warmth-swelling");
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
  });

  it("keeps an animal's hot, swollen heel the animal's: nothing is read", () => {
    expect(matchedIds(kb, "my horse has a hot, swollen heel")).toEqual([]);
    expect(triageLevel(kb, "my horse has a hot, swollen heel")).toBe("UNKNOWN");
  });

  it("still ends the clause at a comma after a site", () => {
    const ids = matchedIds(kb, "my heel is sore, swollen ankle too");
    expect(ids).toContain("+ankle-swelling");
    expect(ids).not.toContain("+heel-redness-warmth-swelling");
  });
});

describe("someone else's words", () => {
  it("reads a dog that's been limping as the dog's", () => {
    expect(matchedIds(kb, "my dog's been limping since our run")).toEqual([]);
    expect(about("my friend's been limping since the race")).toBe("SOMEONE_ELSE");
  });

  it("reads a child who won't stand on a foot as bearing no weight, and URGENT", () => {
    for (const text of ["my son won't put weight on his heel", "she will not stand on her heel"]) {
      expect(matchedIds(kb, text), text).toContain("+cannot-bear-weight");
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
    expect(matchedIds(kb, "I won't stand on ceremony, my heel hurts")).not.toContain(
      "+cannot-bear-weight",
    );
  });
});

describe("a voice-typed side", () => {
  it("reads 'write' right before a site as the right side, and nowhere else", () => {
    expect(sided("my write heel is red and hot")).toContainEqual([
      "heel-redness-warmth-swelling",
      true,
      "RUNNER",
      "RIGHT",
    ]);
    const sides = sided("I write my training log daily, heel sore").map(([, , , side]) => side);
    expect(sides).not.toContain("RIGHT");
  });
});
