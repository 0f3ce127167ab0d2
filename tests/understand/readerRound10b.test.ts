import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import { entityFindings, matchedIds, triageLevel } from "../helpers/readings.js";

// Reader round 10b (helper-107): sites, timing and the labelling conventions the blind sets
// split on, in sentences of our own.
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

/** Each finding with an entity as [id, present, whose, site]. */
const read = (text: string) => entityFindings(kb, text, "site");

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
