import { describe, expect, it } from "vitest";
import { matchedIds, triageLevel } from "../helpers/readings.js";
import { kb, read } from "../helpers/realReadings.js";

// Everyday words for what the articles name: weight bearing, swelling,
// a blow, tenderness, a race or session after 'after', runners' slang.
// Moved here from the test files of reader round 6 and reader round 8 (named after the round or
// mend that wrote them). Sentences written for these tests or taken from the reviews'
// reproductions, not from any held-out set.

describe("everyday words for weight bearing, swelling and a blow", () => {
  it("reads trouble standing on it as weight bearing", () => {
    expect(matchedIds(kb, "hard to stand on it")).toEqual(["+cannot-bear-weight"]);
    expect(triageLevel(kb, "heel pain, can hardly stand on it")).toBe("URGENT");
  });

  it("reads a whole foot swollen, like a balloon or plainly, as the swelling sign", () => {
    // Stop 35: the foot said as a whole places nothing, so its swelling is said of no one
    // part (sets 14 and 15 label it so; set 1 labelled it uncovered: red flags win).
    for (const text of [
      "my foot is like a balloon",
      "left foot has ballooned up after the race",
      "foot swollen after a run",
    ]) {
      expect(matchedIds(kb, text), text).toEqual(["+swelling"]);
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
  });

  it("reads a pedal or a knock to the back of the heel as a direct blow there", () => {
    expect(read("a bike pedal hit the back of my heel")).toEqual([
      ["direct-impact", true, "RUNNER", "back-of-heel"],
    ]);
  });
});

describe("everyday words for what the articles name", () => {
  it("reads 'went over on it' with no one named as a twisted ankle (stop 37)", () => {
    expect(matchedIds(kb, "went over on it on a rock, ankle is swollen")).toEqual([
      "+unnatural-ankle-movement",
      "+ankle-swelling",
    ]);
  });

  it("reads the past 'couldn't walk (properly)' as 'can't' is read, and over when said so", () => {
    expect(matchedIds(kb, "I couldn't walk properly")).toEqual(["+limping"]);
    expect(matchedIds(kb, "I couldnt walk")).toEqual(["+cannot-bear-weight"]);
    expect(
      matchedIds(kb, "after the marathon I couldn't walk properly for two days, fine now"),
    ).toEqual(["-limping"]);
  });

  it("read tenderness as pain where a site has no tenderness sign, and touch as tenderness", () => {
    expect(matchedIds(kb, "heels are tender after long days")).toEqual([
      "+heel-pain-after-running",
    ]);
    expect(matchedIds(kb, "my achilles feels tender after runs")).toEqual([
      "+achilles-irritation-after-run",
    ]);
    expect(matchedIds(kb, "my ankle is sore when I touch it")).toEqual(["+ankle-tenderness"]);
    expect(matchedIds(kb, "my achilles is sore to touch")).toEqual([
      "+pain-near-heel-dull-or-sharp",
    ]);
    // Red and warm when touched stays the heel's warning sign.
    expect(matchedIds(kb, "heel is red and warm when I touch it")).toEqual([
      "+heel-redness-warmth-swelling",
    ]);
  });

  it("read a session named after 'after' as after a run, and runners' slang as pain", () => {
    expect(matchedIds(kb, "achilles is wrecked after the half marathon")).toEqual([
      "+achilles-irritation-after-run",
    ]);
    expect(matchedIds(kb, "my ankle is not happy post race")).toEqual(["+runners-ankle"]);
  });

  it("read barely walking or standing as weight bearing", () => {
    for (const text of [
      "I can barely bear weight on my foot",
      "couldn't stand on my foot this morning",
      "unable to put my foot down",
    ])
      expect(triageLevel(kb, text), text).toBe("URGENT");
    expect(matchedIds(kb, "can barely walk on my ankle")).toEqual(["+ankle-weight-bearing"]);
  });
});

describe("burning as a way of saying it hurts (stop 35)", () => {
  it("reads a heel, ankle or knee that burns or is on fire as that site's pain", () => {
    expect(matchedIds(kb, "my heel's on fire")).toEqual(["+heel-pain-after-running"]);
    expect(matchedIds(kb, "my heel feels like it's burning")).toEqual(["+heel-pain-after-running"]);
    expect(matchedIds(kb, "knee burns on long runs")).toEqual(["+knee-pain-after-run"]);
    expect(triageLevel(kb, "my heel's on fire")).not.toBe("UNKNOWN");
  });

  it("keeps burning on a stretch the Achilles sign alone, and burning hot the warmth sign", () => {
    expect(matchedIds(kb, "my heel burns when I stretch")).toEqual(["+burning-when-stretching"]);
    expect(matchedIds(kb, "heel feels like its burning hot and looks red")).toEqual([
      "+heel-redness-warmth-swelling",
    ]);
    expect(matchedIds(kb, "heel burns and I'm limping")).toEqual([
      "+heel-pain-after-running",
      "+limping",
    ]);
  });

  it("reads rising on the toes as no forefoot strike, landing on them as one", () => {
    expect(matchedIds(kb, "achilles hurts when I go up on my toes")).toEqual([
      "+pain-near-heel-dull-or-sharp",
    ]);
    expect(matchedIds(kb, "I land really hard on my toes")).toEqual([
      "+aggressive-forefoot-strike",
    ]);
  });
});

describe("a heel worse toward the end of a run (stop 35)", () => {
  it("reads the end of the run, the last miles and the second half as worse with running", () => {
    for (const text of [
      "heel pain worse at the end of the run",
      "my heel gets worse towards the end of my runs",
      "heel hurts more in the last few miles",
    ])
      expect(matchedIds(kb, text), text).toEqual(["+heel-pain-worse-when-running"]);
  });
});

describe("the plantar fascia and flat feet in plain words (stop 35)", () => {
  it("reads the plantar fascia as the sole, and leaves plantar fasciitis the condition", () => {
    expect(matchedIds(kb, "my plantar fascia hurts")).toEqual(["+sore-sole"]);
    expect(matchedIds(kb, "how do I stop my plantar fasciitis coming back")).toEqual([
      "+plantar-fasciitis",
    ]);
  });

  it("reads feet said to be flat as flat feet", () => {
    expect(matchedIds(kb, "my feet are pretty flat")).toEqual(["+flat-feet"]);
  });
});

describe("heat as a treatment (stop 35)", () => {
  it("reads heat put on a part as no warmth sign, and a part that feels hot as one", () => {
    expect(matchedIds(kb, "should I use heat on my sore heel")).toEqual([
      "+heel-pain-after-running",
    ]);
    expect(triageLevel(kb, "is ice or heat better for achilles pain")).not.toBe("SEE_DOCTOR");
    expect(matchedIds(kb, "my heel feels hot")).toEqual(["+heel-redness-warmth-swelling"]);
  });
});

describe("a denial that says how much (stop 35)", () => {
  it("reads a degree or amount said with a denial as a little of the feeling", () => {
    for (const text of [
      "my heel doesn't hurt much",
      "heel doesn't hurt too much",
      "not much pain in my heel",
    ])
      expect(matchedIds(kb, text), text).toEqual(["+heel-pain-after-running"]);
    expect(matchedIds(kb, "my ankle isn't too sore")).toEqual(["+runners-ankle"]);
  });

  it("keeps a warning sign said so a warning sign, and a plain denial a denial", () => {
    expect(matchedIds(kb, "my heel is not that swollen")).toEqual([
      "+heel-redness-warmth-swelling",
    ]);
    expect(triageLevel(kb, "my heel is not that swollen")).toBe("URGENT");
    expect(matchedIds(kb, "my heel doesn't hurt")).toEqual(["-heel-pain-after-running"]);
    expect(matchedIds(kb, "heel isn't swollen so I'm not worried")).toEqual([
      "-heel-redness-warmth-swelling",
    ]);
    expect(matchedIds(kb, "no swelling that I can see, heel sore")).toEqual([
      "-heel-redness-warmth-swelling",
      "+heel-pain-after-running",
    ]);
  });
});

describe("a heel tender in the morning (stop 35)", () => {
  it("reads tender or throbbing first thing as the morning heel pain", () => {
    for (const text of [
      "my heel is tender first thing in the morning",
      "heels throb when I wake up",
    ])
      expect(matchedIds(kb, text), text).toEqual(["+heel-pain-worst-in-morning"]);
  });
});

describe("a gait that feels wrong, and heels in an idiom (stop 35)", () => {
  it("reads a gait said to feel wrong or off as the altered gait of the heel list", () => {
    expect(matchedIds(kb, "sore heel and my gait feels off")).toEqual([
      "+heel-pain-after-running",
      "+limping",
    ]);
    expect(triageLevel(kb, "my gait is all wrong since yesterday")).toBe("URGENT");
  });

  it("reads someone hot on the runner's heels as no sign", () => {
    expect(matchedIds(kb, "my rival was hot on my heels all race")).toEqual([]);
  });
});

describe("the edges of the foot (stop 35)", () => {
  it("reads a sore edge of the foot as the sole, and running on the outside edges as supination", () => {
    expect(matchedIds(kb, "outside edge of my foot hurts")).toEqual(["+sore-sole"]);
    expect(matchedIds(kb, "I land on the outside of my foot")).toEqual(["+supination"]);
  });
});

describe("pain hidden by pills (stop 35)", () => {
  it("reads a feeling denied as what pills before runs are for as there, hidden", () => {
    expect(matchedIds(kb, "I take ibuprofen before my runs so my heel doesn't hurt")).toEqual([
      "+running-through-pain",
      "+heel-pain-after-running",
    ]);
    // No factor named before: "so" says nothing hidden.
    expect(matchedIds(kb, "I ice it so it doesn't swell")).toEqual(["-swelling"]);
  });

  it("reads pills taken after a run as no running through pain", () => {
    expect(matchedIds(kb, "Took ibuprofen after my run for my sore ankle.")).toEqual([
      "+runners-ankle",
    ]);
  });
});

// Stop 39, from heldout27 (in-sample): "not right" said of a part is trouble there, not a
// denial. Sentences written for these tests.
describe("a part that is 'not right'", () => {
  it("is that part's pain, and a sign said of it next is read", () => {
    expect(matchedIds(kb, "my left heel doesn't feel right")).toEqual(["+heel-pain-after-running"]);
    expect(triageLevel(kb, "Something is not right with my heel. It has gone red and hot.")).toBe(
      "URGENT",
    );
  });
});

// Stop 39, from heldout30's part h (in-sample): "puffs up" is swelling, "puffs" alone is not.
describe("'puffs up'", () => {
  it("is swelling, at the back of the heel a warning sign", () => {
    expect(triageLevel(kb, "the back of my heel puffs up after long runs")).toBe("URGENT");
    expect(triageLevel(kb, "he puffs on his inhaler, my heel hurts")).toBe("SELF_CARE");
  });
});
