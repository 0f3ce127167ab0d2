import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import { entityFindings, matchedIds, triageLevel } from "../helpers/readings.js";

// Reader round 11b: an onset, a time or a site said apart from what is felt, in sentences
// of our own.
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

describe("a sudden onset said in a clause before the site", () => {
  it("is the heel article's sudden heel pain when the heel's pain follows", () => {
    for (const text of [
      "it hit me at mile 3, sharp pain in my heel",
      "came on suddenly halfway round. heel is killing me",
      "out of nowhere on the track - sharp pain right heel",
      "all of a sudden, my heel started killing me",
      "out of nowhere, my right heel is agony",
      "came on all at once. stabbing pain in my left heel",
    ]) {
      expect(matchedIds(kb, text), text).toEqual(["+sudden-acute-heel-pain"]);
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
  });

  it("is the ankle's sudden pain and swelling when the ankle's swelling follows", () => {
    expect(matchedIds(kb, "out of nowhere, my ankle swelled up")).toEqual([
      "+sudden-ankle-pain-swelling",
    ]);
  });

  it("is no onset when the clause before tells of something else, or said no onset", () => {
    // Training sped up suddenly is no pain that came on suddenly.
    expect(
      matchedIds(kb, "I suddenly started running loads faster after joining the club, heel aches"),
    ).toEqual(["+heel-pain-after-running"]);
    expect(matchedIds(kb, "not all of a sudden, my heel just aches")).toEqual([
      "-sudden-acute-heel-pain",
      "+heel-pain-after-running",
    ]);
    expect(matchedIds(kb, "my heel aches, it came on slowly")).toEqual([
      "+heel-pain-after-running",
    ]);
    expect(
      triageLevel(kb, "I suddenly started running loads faster after joining the club, heel aches"),
    ).toBe("SELF_CARE");
  });

  it("says nothing the articles name when no sign is said with it (read only what is said)", () => {
    // The heel article's sign is sudden *pain*: a bare onset, or a heel that "went", names no
    // sign; the site is understood, nothing is placed (UNKNOWN, as a pop above the heel).
    for (const text of ["out of nowhere on the track - right heel", "heel. all of a sudden"]) {
      expect(matchedIds(kb, text), text).toEqual([]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
  });
});

describe("a heel that gives out ('my heel just went', 'felt my heel go')", () => {
  it("is a sudden onset: with pain said, the heel article's sudden heel pain", () => {
    for (const text of [
      "felt my heel go mid run, absolute agony",
      "my heel just went halfway round, really painful now",
      "heel went on the last rep and it's killing me",
    ]) {
      expect(matchedIds(kb, text), text).toEqual(["+sudden-acute-heel-pain"]);
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
  });

  it("alone, reads only the onset at the heel (no sign named: UNKNOWN)", () => {
    for (const text of [
      "my heel just went",
      "felt my heel go mid run",
      "heel just went at mile 5",
    ]) {
      const findings = kb.reader.read(text).findings;
      expect(
        findings.map((f) => [f.entity, f.site?.id, f.timings.includes("sudden")]),
        text,
      ).toEqual([[null, "heel", true]]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
  });

  it("is no onset when a feeling follows the verb, or the verb is negated", () => {
    expect(matchedIds(kb, "my heel went numb mid run")).toEqual(["+heel-numbness-tingling"]);
    expect(matchedIds(kb, "heard my heel go pop")).not.toContain("+sudden-acute-heel-pain");
    // A sign said over ("went away", "went down") is no heel giving out.
    expect(matchedIds(kb, "the numbness in my heel went away, now it's just achy")).toEqual([
      "-heel-numbness-tingling",
      "+heel-pain-after-running",
    ]);
    expect(matchedIds(kb, "my heel pain went down after icing, still sore")).toEqual([
      "+heel-pain-after-running",
    ]);
    expect(matchedIds(kb, "my heel didn't go, it just aches after runs")).toEqual([
      "+heel-pain-after-running",
    ]);
  });
});

describe("the Achilles after a long run (its irritation after a run)", () => {
  it("reads after a long run as after a run", () => {
    for (const text of [
      "achilles sore after long runs",
      "achilles sore the day after a long one",
      "my achilles aches after my long run",
      "left achilles is tender after longer runs",
    ])
      expect(matchedIds(kb, text), text).toEqual(["+achilles-irritation-after-run"]);
  });

  it("keeps the heel's returning pain and the Achilles' pain without an after", () => {
    expect(matchedIds(kb, "heel aches after long runs, rest makes it better")).toEqual([
      "+heel-pain-returns-after-long-runs",
    ]);
    expect(matchedIds(kb, "heel sore after long runs")).toEqual(["+heel-pain-after-running"]);
    expect(matchedIds(kb, "achilles hurts on long runs")).toEqual([
      "+pain-near-heel-dull-or-sharp",
    ]);
    expect(matchedIds(kb, "my achilles hurts")).toEqual(["+pain-near-heel-dull-or-sharp"]);
  });
});

describe("the heel cord", () => {
  it("stiff, is the Achilles' stiffness at the start of a run", () => {
    for (const text of [
      "heel cord stiff at the start of a run",
      "heel cord is stiff when I start running",
      "my heel cords are tight when I set off",
    ])
      expect(matchedIds(kb, text), text).toEqual(["+achilles-stiffness-start-of-run"]);
  });

  it("is still near the heel for the heel's red flags and the pain near it", () => {
    expect(entityFindings(kb, "my heel cord is numb", "site")).toEqual([
      ["heel-numbness-tingling", true, "RUNNER", "heel-cord"],
    ]);
    expect(triageLevel(kb, "heel cord is red and warm")).toBe("URGENT");
    expect(matchedIds(kb, "heel cord hurts")).toEqual(["+pain-near-heel-dull-or-sharp"]);
  });
});

describe("a run's distance after 'after'", () => {
  it("is after a run", () => {
    for (const text of [
      "achilles pain after 12 miles",
      "achilles sore after 20k",
      "my achilles hurts after 10 km",
      "my achilles hurts after a half marathon",
    ])
      expect(matchedIds(kb, text), text).toEqual(["+achilles-irritation-after-run"]);
  });

  it("says no time when no timing word leads it", () => {
    for (const text of ["I ran 12 miles and my achilles hurts", "achilles pain at 12 miles"])
      expect(matchedIds(kb, text), text).toEqual(["+pain-near-heel-dull-or-sharp"]);
  });
});
