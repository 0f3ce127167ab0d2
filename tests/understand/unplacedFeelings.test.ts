import { describe, expect, it } from "vitest";
import { triageLevel } from "../helpers/readings.js";
import { kb } from "../helpers/realReadings.js";

// What is felt where no article reads it: a warning sign's feeling
// beside what was read at another site, or moved there by a correction.
// Moved here from the test files of reader round 8 and the mends after rounds 5 and 7 (named after
// the round or mend that wrote them). Sentences written for these tests or taken from the reviews'
// reproductions, not from any held-out set.

describe("a warning sign's feeling said beside what was read at another site (review H6)", () => {
  /** The feelings of the runner's present findings with no entity, as [site, feelings]. */
  const unplaced = (text: string) =>
    kb.reader
      .read(text)
      .findings.filter((f) => f.entity === null && f.present && f.feelings.length > 0)
      .map((f) => [f.site?.id, f.whose, f.feelings]);

  it("is kept beside the pain, in either order, and weighed: a doctor's view", () => {
    for (const [text, site, feelings] of [
      ["my ankle hurts and is numb", "ankle", ["numbness"]],
      ["my ankle is numb and hurts", "ankle", ["numbness"]],
      ["my ankle hurts, it is numb", "ankle", ["numbness"]],
      ["my left ankle hurts and tingles", "ankle", ["tingling"]],
      ["my knee hurts and is swollen", "knee", ["swelling"]],
      ["my achilles hurts and is numb", "achilles", ["numbness"]],
    ] as const) {
      expect(unplaced(text), text).toEqual([[site, "RUNNER", feelings]]);
      expect(triageLevel(kb, text), text).toBe("SEE_DOCTOR");
    }
    // The calf is read by no article: unknown, but what was felt there is listed.
    expect(unplaced("my calf hurts, it is red and hot")).toContainEqual([
      "calf",
      "RUNNER",
      ["redness", "warmth"],
    ]);
    expect(triageLevel(kb, "my calf hurts, it is red and hot")).toBe("UNKNOWN");
    // Where the articles read it, it is the sign itself.
    expect(triageLevel(kb, "my heel hurts and is numb")).toBe("URGENT");
  });

  it("is not a denied feeling, another's, a question, a likeness or pain gone unfelt", () => {
    for (const text of [
      "my ankle hurts and is not numb",
      "my ankle hurts but it is not numb",
      "my ankle hurts, no numbness",
      "my ankle hurts, my friend's ankle is numb",
      "does ankle pain come with numbness?",
      "does ankle pain come with numbness",
      "my ankle hurts and is numb?",
      "my ankle hurts, is it numb",
      "my ankle hurts. is it numb?",
      "my ankle hurts like pushing a bruise",
      "my ankle hurts, I took ibuprofen so I can't feel it",
      "my ankle hurts, dull and mild",
      "my ankle hurts, worst in the morning",
      "my ankle hurts and clicks",
      "my ankle was numb but it's gone now, it hurts",
    ]) {
      expect(unplaced(text), text).toEqual([]);
      // A question about ankle pain in general reports nothing (reader round 11a): UNKNOWN.
      const general = text.startsWith("does ankle pain");
      expect(triageLevel(kb, text), text).toBe(general ? "UNKNOWN" : "SELF_CARE");
    }
  });
});

describe("what is felt where no article reads it", () => {
  it("keeps the sign when a correction moves its site", () => {
    for (const text of [
      "my heel hurts, it is numb, no wait, my ankle",
      "my left heel aches and feels numb, no wait, it's the ankle",
    ]) {
      const numb = kb.reader.read(text).findings.filter((f) => f.feelings.includes("numbness"));
      expect(
        numb.map((f) => [f.site?.id, f.present, f.entity]),
        text,
      ).toEqual([["ankle", true, null]]);
    }
  });

  it("is unknown when the articles cover nothing of it (numbness only in the heel)", () => {
    for (const text of ["my foot is numb", "ankle feels wobbly", "my ankle is numb"])
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
  });
});
