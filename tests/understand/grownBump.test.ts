import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import { matchedIds, triageLevel } from "../helpers/readings.js";

// Reader round 11a: a bulge, or a bump that has grown is swelling where it is (at the
// back of the heel, a warning sign of its own). Sentences written for this test.
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

describe("a bulge or a grown bump", () => {
  it("is swelling at the back of the heel: URGENT", () => {
    for (const text of [
      "the bump at the back of my heel has got bigger",
      "the bump on the back of my heel is getting bigger, hurts in shoes",
      "a bulge at the back of my left heel",
      "the bump behind my heel has grown",
    ]) {
      expect(matchedIds(kb, text), text).toContain("+back-of-heel-pain-swelling");
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
  });

  it("reads no swelling from a bump that is only said, nor from mileage", () => {
    expect(matchedIds(kb, "I bumped my heel on the stairs")).not.toContain(
      "+back-of-heel-pain-swelling",
    );
    expect(matchedIds(kb, "my mileage got bigger and my heel hurts")).not.toContain(
      "+heel-redness-warmth-swelling",
    );
  });

  it("reads no swelling from growth said of pain: growth is swelling only of a lump", () => {
    for (const text of [
      "my heel pain is getting bigger",
      "the pain at the back of my heel has grown",
      "the ache in my heel keeps growing",
    ]) {
      expect(
        matchedIds(kb, text).filter((id) => id.includes("swelling")),
        text,
      ).toEqual([]);
      expect(triageLevel(kb, text), text).not.toBe("URGENT");
    }
    expect(matchedIds(kb, "the lump on my heel is getting bigger")).toContain(
      "+heel-redness-warmth-swelling",
    );
    expect(triageLevel(kb, "there's a knot at the back of my heel and it has grown")).toBe(
      "URGENT",
    );
  });
});
