import { describe, expect, it } from "vitest";
import { matchedIds, triageLevel } from "../helpers/readings.js";
import { kb } from "../helpers/realReadings.js";

// Everyday phrases for what the articles name, stop 38: a nail, glass or stone underfoot, a
// heel come down on a rock, landing on the front of the foot, a lump that grew, a sign brought
// straight back, no problems during a race. Sentences written for these tests, not taken from
// any held-out set.

describe("everyday phrases, first round", () => {
  it("reads a nail or glass underfoot as stabbing, 'instant' as sudden", () => {
    expect(matchedIds(kb, "feels like treading on a nail under my heel")).toContain(
      "+stabbing-pain-under-heel",
    );
    expect(matchedIds(kb, "like walking on glass under my heel")).toContain(
      "+stabbing-pain-under-heel",
    );
    expect(matchedIds(kb, "instant sharp pain in my heel on the descent")).toEqual([
      "+sudden-acute-heel-pain",
    ]);
  });

  it("reads landing on the front of the foot as a forefoot strike, pain there as nothing", () => {
    expect(matchedIds(kb, "I slam down on the front of my foot")).toEqual([
      "+aggressive-forefoot-strike",
    ]);
    expect(matchedIds(kb, "pain in the front of my foot")).toEqual([]);
  });

  it("reads a raw sole as sore, new spikes as new shoes, pushing on as running through pain", () => {
    expect(matchedIds(kb, "the sole of my right foot is raw after the track session")).toEqual([
      "+sore-sole",
    ]);
    expect(matchedIds(kb, "ran the 5k in new spikes")).toEqual(["-worn-shoes"]);
    expect(matchedIds(kb, "my heel started aching at mile 8 and I pushed on anyway")).toContain(
      "+running-through-pain",
    );
  });

  it("reads a heel come down on a rock as a blow, no problems during a race as fine during", () => {
    expect(matchedIds(kb, "my heel came down hard on a rock on the descent")).toContain(
      "+direct-impact",
    );
    expect(matchedIds(kb, "no problems during the parkrun but my ankle aches after")).toEqual([
      "+ankle-pain-after-not-during",
    ]);
  });

  it("reads a heel hurting more with every stride as worse with running", () => {
    expect(matchedIds(kb, "my heel hurt more with every stride")).toEqual([
      "+heel-pain-worse-when-running",
    ]);
  });
});

describe("everyday phrases, second round", () => {
  it("reads a lump at the back of the heel, or one that got bigger, as its swelling", () => {
    for (const text of [
      "there's a lump on the back of my heel",
      "the bump at the back of my heel that's got bigger",
    ]) {
      expect(matchedIds(kb, text), text).toContain("+back-of-heel-pain-swelling");
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
    // Growth said of no lump is no swelling.
    expect(matchedIds(kb, "my mileage got bigger and my heel hurts")).toEqual([
      "+heel-pain-after-running",
    ]);
  });

  it("reads an ache brought straight back by long runs as returning, with the site said before", () => {
    expect(
      matchedIds(
        kb,
        "my heel is fine after two rest days, but every long run brings the ache straight back",
      ),
    ).toEqual(["+heel-pain-returns-after-long-runs"]);
    expect(matchedIds(kb, "I run with a straight back and my heel hurts")).toEqual([
      "+heel-pain-after-running",
    ]);
  });

  it("reads standing on a stone as pain, hurting more than at the start of home care as no better", () => {
    expect(
      matchedIds(kb, "first steps out of bed it's like standing on a stone under my heel"),
    ).toContain("+heel-pain-worst-in-morning");
    expect(
      matchedIds(kb, "four weeks of calf raises and my achilles hurts more than when I started"),
    ).toContain("+pain-not-improving");
  });
});

describe("everyday phrases, third round: the chain and the app's replies", () => {
  it("reads hip flexors in a vice, like rope or rock hard as tight, and spent as fatigued", () => {
    for (const text of [
      "my psoas feels like it's in a vice",
      "hip flexors like rope on both sides",
      "the iliacus on my left is rock hard",
    ])
      expect(matchedIds(kb, text), text).toContain("+tight-hip-flexors");
    expect(matchedIds(kb, "my hip flexors feel spent after the long run")).toContain(
      "+fatigued-hip-flexors",
    );
  });

  it("reads an ankle collapsing or a foot flattening on landing as overpronation", () => {
    for (const text of [
      "my right ankle collapses inward when I land",
      "my left foot flattens out when I land",
      "my ankle keeps rolling in on long runs",
    ])
      expect(matchedIds(kb, text), text).toContain("+overpronation");
  });

  it("reads 'not really' as the answer no", () => {
    const text = "Where does it hurt? -> heel. Can you put weight on it? -> not really";
    expect(matchedIds(kb, text)).toContain("+cannot-bear-weight");
    expect(triageLevel(kb, text)).toBe("URGENT");
    expect(matchedIds(kb, "my heel hurts. numbness? not really")).toContain(
      "-heel-numbness-tingling",
    );
  });
});

describe("what is felt said after 'and' before its site (stop 38)", () => {
  it("keeps the feeling with the site named after it, past fillers and 'then'", () => {
    expect(matchedIds(kb, "my knee hurts, and a sharp pain in my heel")).toContain(
      "+stabbing-pain-under-heel",
    );
    expect(
      triageLevel(kb, "my knee has ached, and then out of nowhere a sharp pain hit my heel"),
    ).toBe("URGENT");
    // Another person after the "and" still starts their own clause.
    expect(matchedIds(kb, "my heel is sore after runs and my cat keeps limping")).toEqual([
      "+heel-pain-after-running",
    ]);
  });
});

// Stop 39, from sets 23-29 (in-sample): everyday ways of saying pain only after, a foot that
// rolls in, tight hip flexors and a knee that takes the landing badly. Sentences written for
// these tests.
describe("stop 39's everyday phrases", () => {
  it("reads ankle pain only after a run, fine during it", () => {
    for (const text of [
      "my ankle is fine while I'm out running, then aches an hour later",
      "ankle doesn't bother me at all while I'm running but it aches once I've stopped",
      "my ankle is fine the whole time I'm running, sore when I stop",
    ])
      expect(matchedIds(kb, text), text).toEqual(["+ankle-pain-after-not-during"]);
  });

  it("reads a foot rolling in, said many ways", () => {
    for (const text of [
      "my ankles turn inward when I run",
      "both arches go flat when I land",
      "I land on the inside edge of my foot every step",
    ])
      expect(matchedIds(kb, text), text).toContain("+overpronation");
    expect(matchedIds(kb, "my ankle turns in and I fell")).not.toContain("+overpronation");
  });

  it("reads tight hip flexors said as a taut thing", () => {
    for (const text of [
      "my hip flexors feel like piano wire",
      "hip flexors like guitar strings after the long run",
      "my psoas is like a clenched fist",
    ])
      expect(matchedIds(kb, text), text).toContain("+tight-hip-flexors");
  });

  it("reads a knee that takes the landing badly as less stable", () => {
    for (const text of [
      "my knees don't cushion the landing any more",
      "my left knee won't take the landing",
      "halfway round my knee started wobbling around",
    ])
      expect(matchedIds(kb, text), text).toEqual(["+knee-less-stable"]);
  });
});

describe("heel pain settled by rest and back after a long run", () => {
  it("reads 'it's back' and a few days off", () => {
    expect(
      matchedIds(
        kb,
        "my heel calms down on a few days off, then one long run and it's back hurting",
      ),
    ).toContain("+heel-pain-returns-after-long-runs");
  });
});

describe("'it's the back of' a part", () => {
  it("names the part, not a pain back again", () => {
    expect(matchedIds(kb, "it's the back of my ankle that aches after runs")).toEqual([
      "+ankle-pain-sides",
    ]);
  });
});
