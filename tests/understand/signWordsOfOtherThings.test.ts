import { describe, expect, it } from "vitest";
import { SUBJECT_REACH } from "../../src/understand/saidOfThings.js";
import { reportedIds, triageLevel } from "../helpers/readings.js";
import { expectUrgentSign, kb } from "../helpers/realReadings.js";

// Reader round 14a: a warning sign's word (hot, red, buzzing, swollen) said of something that
// is no body part reports nothing: a thing or the weather right after it or as its subject,
// another body part the articles do not cover, the runner as a whole flushed or excited.
// Sentences written for these tests, not taken from any held-out set.

const REDNESS_WARMTH = "heel-redness-warmth-swelling";
const NUMBNESS_TINGLING = "heel-numbness-tingling";

/** Expects each text to report no warning sign of the heel and not to be triaged URGENT. */
function expectNoSign(texts: readonly string[]): void {
  for (const text of texts) {
    const ids = reportedIds(kb, text);
    expect(ids, text).not.toContain(REDNESS_WARMTH);
    expect(ids, text).not.toContain(NUMBNESS_TINGLING);
    // The heel's own pain is still read.
    expect(ids.length, text).toBeGreaterThan(0);
    expect(triageLevel(kb, text), text).not.toBe("URGENT");
  }
}

describe("a sign word right before a thing describes the thing", () => {
  it("reads heat that helps, a hot drink, red shoes as no sign", () => {
    expectNoSign([
      "heel aches, hot bath helped",
      "my heel hurts, had a hot shower after",
      "sore heel, had a hot chocolate after",
      "heel aches. hot water bottle helps",
      "heel aches, put a hot pack on it",
      "heel proper sore tbh, had a hot bath n it helped a bit",
      "heel killin me.. sat in a hot tub after",
      "heel sore, ran in red shoes",
      "achilles sore, had a hot bath and it felt better",
    ]);
  });

  it("reads a heat said of a bath in a clause naming the heel as no sign there", () => {
    expect(reportedIds(kb, "my heel is sore after a hot bath")).not.toContain(REDNESS_WARMTH);
  });
});

describe("a sign word said of a thing as its subject describes the thing", () => {
  it("reads a buzzing crowd, hot weather, a hot track or race as no sign", () => {
    expectNoSign([
      "heel sore, the crowd was buzzing",
      "heel sore, crowd were buzzing at the finish",
      "heel hurts, the atmosphere was buzzing",
      "heel sore, the vibe was electric",
      "heel sore, phone was buzzing all run",
      "heel aches, weather was really hot today",
      "heel sore, the track was hot",
      "my heel aches, the race was hot and humid",
    ]);
  });
});

describe("the subject is looked for at most SUBJECT_REACH items back", () => {
  it("finds a subject past adverbs within reach, reads the sign past it", () => {
    expect(SUBJECT_REACH).toBe(4);
    // "was" three items back, "weather" four: within reach.
    expectNoSign(["heel sore, the weather was really very hot"]);
    // "was" five items back: beyond reach, the sign is read (red flags win).
    expectUrgentSign(REDNESS_WARMTH, ["heel sore, the weather was really very very very hot"]);
  });
});

describe("a sign word said of another body part or of the whole runner", () => {
  it("reads a red face, red cheeks or red eyes as no sign of the heel", () => {
    expectNoSign([
      "heel sore, i went red in the face",
      "heel is sore, my face was bright red at the finish",
      "heel sore, my cheeks were red",
      "heel painful, red faced and knackered after the 10k",
      "heel sore and my eyes are red",
    ]);
  });

  it("reads the runner flushed or excited, naming no site, as no sign", () => {
    expectNoSign([
      "heel sore, i was buzzing after my pb",
      "heel sore, i was red as a tomato after",
      "heel aches, im so hot today",
    ]);
  });
});

describe("real signs stay warning signs", () => {
  it("keeps redness and heat said of the heel, of it, or of nothing named", () => {
    expectUrgentSign(REDNESS_WARMTH, [
      "heel is red and hot",
      "my heel feels hot",
      "red swollen heel",
      "my heel hurts, it's hot to touch",
      "heel sore, it is red",
      "my heel is warm and red",
      "heel sore and red",
      "heel sore, it's hot and red",
      "heel sore. hot. swollen.",
      "heel sore, hot tho",
      "heel sore and red af",
      "heel hurts, feels hot",
      "i have a hot red heel",
      "my heel is red after a hot bath",
      "my heel's red n hot",
      "heel red n puffy",
      "heel hurts, i feel hot in my heel",
    ]);
  });

  it("keeps a sign said of skin, an area or a mark: no list of things names them", () => {
    expectUrgentSign(REDNESS_WARMTH, [
      "heel hurts and the skin is red",
      "heel sore, skin is hot to touch",
      "heel sore, the area is red and warm",
      "heel sore, red mark on it",
    ]);
  });

  it("keeps a sign said right after a site, whatever word follows it (a time, a plea)", () => {
    expectUrgentSign(REDNESS_WARMTH, [
      "heel swollen day after the race",
      "my heel is swollen help",
      "heel swollen evening after running",
      "heel red class",
    ]);
    expectUrgentSign(NUMBNESS_TINGLING, ["heel numb day 3 now", "heel numb help pls"]);
  });

  it("keeps tingling and numbness the runner feels, and a limp", () => {
    expectUrgentSign(NUMBNESS_TINGLING, [
      "buzzing in my heel",
      "heel hurts, tingling too",
      "heel sore, i feel tingly",
      "heel sore, i went numb",
    ]);
    expectUrgentSign("limping", ["heel sore, im limping", "heel sore, i was limping after"]);
  });

  it("keeps pain said with a thing as its subject: these shoes are killing me", () => {
    expect(reportedIds(kb, "my heels are killing me, these shoes are hot")).toContain(
      "heel-pain-after-running",
    );
  });
});

// Stop 39, from heldout27 (in-sample): a sign's word said of a price or an inbox, "has" or
// "have" before it. Sentences written for these tests.
describe("a sign's word said of money or mail", () => {
  it("reports nothing", () => {
    for (const text of [
      "the marathon fees have swollen again",
      "my inbox has swollen since Monday",
    ])
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
  });

  it("still reads the body's own sign said with 'has'", () => {
    expectUrgentSign(REDNESS_WARMTH, ["my heel has swollen since the race"]);
  });
});

describe("a sign's word said of a feeling or a count, and a weakness named a body part (stop 40)", () => {
  it("reads nothing of numb motivation, a swollen kudos count or red-hot form", () => {
    for (const text of [
      "my motivation is numb this week",
      "my kudos count has swollen since the race",
      "red hot form at parkrun, heels barely touched the ground",
      "tingling with excitement before my first ultra",
    ]) {
      expect(reportedIds(kb, text), text).toEqual([]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
  });

  it("reads nothing of 'hills are my achilles heel', and the heel's redness said plainly", () => {
    expect(reportedIds(kb, "long climbs are my achilles heel")).toEqual([]);
    expectUrgentSign(REDNESS_WARMTH, ["my heel is red hot after the run"]);
  });
});
