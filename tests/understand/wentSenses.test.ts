import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import { matchedIds, triageLevel } from "../helpers/readings.js";

// "went"/"go" after a site is the site giving out at once (the heel article's sudden pain)
// only in that sense (review A, session 32, A6 and A7). Sentences written for this test.
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

const SUDDEN = "+sudden-acute-heel-pain";

describe("went as the heel giving out", () => {
  it.each([
    "my heel just went and it hurts",
    "my heel just went mid run and now it hurts",
    "my heel just went on my run and it hurts",
    "my heel suddenly went and now it hurts",
    "my heel went mid run and now it hurts",
    "my heel went on me and it hurts",
    "felt my heel go at mile 5, it hurts",
  ])("reads a sudden onset: %s", (text) => {
    expect(matchedIds(kb, text)).toContain(SUDDEN);
    expect(triageLevel(kb, text)).toBe("URGENT");
  });
});

describe("went in another sense", () => {
  it.each([
    "the pain in my heel went after icing",
    "the pain in my heel just went",
    "the ache in my heel went after a day",
    "the soreness at the back of my heel went overnight",
    "my heel went from bad to worse, it hurts all the time",
    "my heel went ok today, it aches a bit",
    "how my heel went today, it aches a bit",
    "i let my heel go flat and it hurts",
    "my heel went back to aching after the run",
  ])("reads no sudden onset: %s", (text) => {
    expect(matchedIds(kb, text)).not.toContain(SUDDEN);
    expect(triageLevel(kb, text)).not.toBe("URGENT");
  });

  it("keeps the feeling said after the heel reports it", () => {
    expect(matchedIds(kb, "my heel went from bad to worse, it hurts all the time")).toEqual([
      "+heel-pain-after-running",
    ]);
  });
});
