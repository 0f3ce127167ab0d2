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

describe("sites named by lay words", () => {
  it("reads the back of the ankle as the ankle's, as the ankle article places its pain", () => {
    expect(read("felt a pop at the back of my ankle")).toEqual([
      ["ankle-popping", true, "RUNNER", "back-ankle"],
    ]);
    expect(read("my left ankle aches at the back after runs")).toEqual([
      ["ankle-pain-sides", true, "RUNNER", "back-ankle"],
    ]);
    // Not bearing weight there is the ankle's own sign (the ankle article governs the ankle).
    expect(matchedIds(kb, "heard a crack at the back of my ankle and I can't walk on it")).toEqual([
      "+ankle-popping",
      "+ankle-weight-bearing",
    ]);
    // A stiff back of the ankle as a run starts is the Achilles' stiffness.
    expect(matchedIds(kb, "the back of my ankle is stiff when I set off")).toEqual([
      "+achilles-stiffness-start-of-run",
    ]);
  });

  it("reads the tendon at the back of the ankle as the Achilles, above the heel as above the heel", () => {
    // The tendon named at the heel is the heel's back (its red flags read there: see
    // tests/understand/mendRound31a.test.ts); a bare "tendon at the back" names no part.
    expect(read("the tendon at the back of my heel hurts")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", "back-of-heel"],
    ]);
    expect(read("the tendon at the back hurts")).toEqual([]);
    expect(read("the tendon at the back of my ankle is sore after runs")).toEqual([
      ["achilles-irritation-after-run", true, "RUNNER", "achilles"],
    ]);
    expect(read("stabbing in the cord above my heel")).toEqual([
      ["stabbing-pain-above-heel", true, "RUNNER", "above-heel"],
    ]);
  });

  it("reads a pop above the heel as nothing the articles name, and its pain as the Achilles'", () => {
    expect(matchedIds(kb, "felt a pop above my heel")).toEqual([]);
    expect(triageLevel(kb, "felt a pop above my heel")).toBe("UNKNOWN");
    expect(matchedIds(kb, "felt a pop above my heel and it hurts")).toEqual([
      "+pain-near-heel-dull-or-sharp",
    ]);
  });

  it("reads the sole's lay words as the sole or arch", () => {
    for (const [text, site] of [
      ["pain in the bottom of my foot", "sole"],
      ["ball of my foot hurts after runs", "sole"],
      ["my arch aches", "arch"],
      ["my instep is sore", "arch"],
    ] as const)
      expect(read(text), text).toEqual([["sore-sole", true, "RUNNER", site]]);
  });

  it("leaves an uncovered part uncovered", () => {
    for (const text of ["top of my foot hurts", "my shin aches after runs"]) {
      expect(matchedIds(kb, text), text).toEqual([]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
  });
});

describe("typos of the heel", () => {
  it("reads 'hel' as the heel", () => {
    expect(read("my hel aches after runs")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", "heel"],
    ]);
    expect(triageLevel(kb, "hel went numb on my run")).toBe("URGENT");
  });

  it("reads 'hell' right after a feeling that ends what is said as the heel", () => {
    expect(read("numb hell.")).toEqual([["heel-numbness-tingling", true, "RUNNER", "heel"]]);
    expect(triageLevel(kb, "swolen hell and its a bit red")).toBe("URGENT");
    for (const text of ["sore hell week at training", "my calves are tight as hell"])
      expect(matchedIds(kb, text), text).not.toContain("+heel-pain-after-running");
  });
});

describe("generic Achilles pain (convention b)", () => {
  it("is the Achilles article's pain near the heel; after runs, its irritation afterwards", () => {
    for (const text of ["my achilles hurts", "achilles is sore", "my left achilles aches"])
      expect(matchedIds(kb, text), text).toEqual(["+pain-near-heel-dull-or-sharp"]);
    expect(matchedIds(kb, "my achilles hurts after runs")).toEqual([
      "+achilles-irritation-after-run",
    ]);
  });
});

describe("sore after long runs (convention c)", () => {
  it("at the heel is its pain after running; the returning pain needs rest easing or a return said", () => {
    expect(matchedIds(kb, "my heel is sore after long runs")).toEqual(["+heel-pain-after-running"]);
    expect(matchedIds(kb, "my heel is sore after long runs, rest settles it")).toEqual([
      "+heel-pain-returns-after-long-runs",
    ]);
    expect(matchedIds(kb, "heel pain comes back after every long run")).toEqual([
      "+heel-pain-returns-after-long-runs",
    ]);
  });

  it("with no site named is nothing understood", () => {
    expect(matchedIds(kb, "sore after long runs")).toEqual([]);
    expect(triageLevel(kb, "sore after long runs")).toBe("UNKNOWN");
  });
});
