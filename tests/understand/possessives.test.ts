import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import { entityFindings, matchedIds, triageLevel } from "../helpers/readings.js";

// Reader round 11b: another person's possessive written without its apostrophe, and
// favouring a foot, in sentences of our own.
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

const read = (text: string) => entityFindings(kb, text, "site");

describe("a possessive without its apostrophe (husbands, wifes, coachs)", () => {
  it("is another person's part when said alone", () => {
    expect(read("my husbands ankle hurts")).toEqual([
      ["runners-ankle", true, "SOMEONE_ELSE", "ankle"],
    ]);
    expect(read("my coachs ankle is swollen")).toEqual([
      ["ankle-swelling", true, "SOMEONE_ELSE", "ankle"],
    ]);
  });

  it("beside the runner's own, keeps only the other's warning sign", () => {
    expect(read("my husbands ankle hurts and mine does too")).toEqual([
      ["runners-ankle", true, "RUNNER", "ankle"],
    ]);
    expect(read("my sons ankle is swollen and my heel aches")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", "heel"],
    ]);
    expect(read("my wifes heel is swollen and my ankle aches")).toEqual([
      ["heel-redness-warmth-swelling", true, "SOMEONE_ELSE", "heel"],
      ["runners-ankle", true, "RUNNER", "ankle"],
    ]);
  });
});

describe("favouring a foot is limping (language)", () => {
  it("reads a bare favouring as limping, URGENT", () => {
    for (const text of ["favouring it", "favoring my left foot", "been favouring my right leg"]) {
      expect(matchedIds(kb, text), text).toContain("+limping");
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
  });
});
