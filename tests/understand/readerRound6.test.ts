import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { CORRECTION_REACH } from "../../src/understand/corrections.js";
import { SIDE_LEAD_REACH } from "../../src/understand/namesSide.js";
import { realKb } from "../helpers/knowledge.js";
import { entityFindings, matchedIds, triageLevel } from "../helpers/readings.js";

// Reader round 6 (helper-55): categories from the last stop's note, in sentences of our own.
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

/** Each finding with an entity as [id, present, whose, site]. */
const read = (text: string) => entityFindings(kb, text, "site");
/** Each finding with an entity as [id, present, whose, side]. */
const sided = (text: string) => entityFindings(kb, text, "side");

describe("walking that is possible but painful", () => {
  it("is pain, not the inability to bear weight", () => {
    for (const text of [
      "can't walk far without heel pain",
      "my heel hurts, can't walk very far",
      "cannot walk for long because of my heel",
    ]) {
      expect(matchedIds(kb, text), text).toEqual(["+heel-pain-after-running"]);
      expect(triageLevel(kb, text), text).toBe("SELF_CARE");
    }
    // "without" inside the phrase denies nothing after it: the limp is said.
    expect(matchedIds(kb, "can't walk far without limping")).toEqual(["+limping"]);
  });

  it("keeps 'can't walk', 'too painful to walk on' and 'can't put weight on it' urgent", () => {
    for (const text of [
      "can't walk",
      "my heel hurts and I can't walk",
      "my heel is too painful to walk on",
      "heel pain, can't put weight on it",
    ])
      expect(triageLevel(kb, text), text).toBe("URGENT");
  });
});

describe("a denial of things before a comma", () => {
  it("does not reach a word saying how a part is after it", () => {
    expect(read("no heel pain, numb")).toEqual([
      ["heel-pain-after-running", false, "RUNNER", "heel"],
      ["heel-numbness-tingling", true, "RUNNER", "heel"],
    ]);
    for (const text of [
      "no heel pain, numb",
      "without pain in my heel, swollen",
      "zero pain, heel tingly",
    ])
      expect(triageLevel(kb, text), text).toBe("URGENT");
  });

  it("still denies every thing of its list, and a state cue's list of states", () => {
    for (const text of [
      "no numbness, tingling, swelling",
      "no numbness, tingling or swelling in my heel",
      "no swelling, redness, numbness in my heel",
      "heel isn't swollen, red or warm",
      "my heel is not numb, tingly",
    ])
      expect(triageLevel(kb, text), text).not.toBe("URGENT");
  });
});

describe("a correction", () => {
  it("takes back only what the words after it put right", () => {
    expect(read("my heel is numb, no wait, tingly")).toEqual([
      ["heel-numbness-tingling", true, "RUNNER", "heel"],
    ]);
    expect(sided("my left heel hurts, no wait, right")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", "RIGHT"],
    ]);
    expect(sided("my left achilles, I mean my right, aches")).toEqual([
      ["pain-near-heel-dull-or-sharp", true, "RUNNER", "RIGHT"],
    ]);
  });

  it("puts a site right for the whole sentence before it, not the sentence before that", () => {
    expect(read("my knee aches at night. heel swollen, sore, no wait, it's my ankle")).toEqual([
      ["knee-pain-after-run", true, "RUNNER", "knee"],
      ["ankle-swelling", true, "RUNNER", "ankle"],
    ]);
  });

  it(`takes back all before it when nothing known is said within ${CORRECTION_REACH} items`, () => {
    expect(matchedIds(kb, "my heel is swollen, no wait")).toEqual([]);
    const far = `my heel is numb, no wait, ${"blah ".repeat(CORRECTION_REACH)}tingly`;
    expect(read(far)).toEqual([]);
  });
});

describe("'it' after the runner's site and another person's", () => {
  it("points at whoever's site was named last", () => {
    expect(read("my ankle and my wife's heel hurt, it is numb")).toEqual([
      ["runners-ankle", true, "RUNNER", "ankle"],
      ["heel-numbness-tingling", true, "SOMEONE_ELSE", "heel"],
    ]);
    expect(triageLevel(kb, "my knee and my son's heel ache, it's swollen")).toBe("URGENT");
    // The runner's named last: "it" is the runner's ankle, no heel sign is read.
    expect(read("my wife's heel and my ankle hurt, it is swollen")).toEqual([
      ["ankle-swelling", true, "RUNNER", "ankle"],
    ]);
  });
});

describe("a mileage rise said as a figure after the change", () => {
  it("reads the figure with the change said in the clause before", () => {
    for (const text of [
      "I upped my mileage last month, it was 30%",
      "added distance this block. it was like 40 percent",
    ])
      expect(matchedIds(kb, text), text).toContain("+mileage-jump");
    expect(matchedIds(kb, "added a bit of distance, it was 5%")).toEqual(["-mileage-jump"]);
  });

  it("looks back one clause only, and never reads a share as a rise", () => {
    expect(matchedIds(kb, "I upped my mileage, my heel hurts, it was 30%")).toEqual([
      "+mileage-jump",
      "+heel-pain-after-running",
    ]);
    expect(matchedIds(kb, "my heel hurts, it was 30%")).toEqual(["+heel-pain-after-running"]);
    expect(matchedIds(kb, "my achilles aches on runs, 50% of my runs")).toEqual([
      "+pain-near-heel-dull-or-sharp",
    ]);
  });
});

describe("everyday words for weight bearing, swelling and a blow", () => {
  it("reads trouble standing on it as weight bearing", () => {
    expect(matchedIds(kb, "hard to stand on it")).toEqual(["+cannot-bear-weight"]);
    expect(triageLevel(kb, "heel pain, can hardly stand on it")).toBe("URGENT");
  });

  it("reads a whole foot like a balloon as the swelling sign, a swollen foot as no covered part", () => {
    for (const text of ["my foot is like a balloon", "left foot has ballooned up after the race"]) {
      expect(matchedIds(kb, text), text).toEqual(["+swelling"]);
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
    expect(matchedIds(kb, "foot swollen after a run")).toEqual([]);
    expect(triageLevel(kb, "foot swollen after a run")).toBe("UNKNOWN");
  });

  it("reads a pedal or a knock to the back of the heel as a direct blow there", () => {
    expect(read("a bike pedal hit the back of my heel")).toEqual([
      ["direct-impact", true, "RUNNER", "back-of-heel"],
    ]);
  });
});

describe("a cause linked to what it does, and one night named", () => {
  it("reads the cause and the pain it links to apart", () => {
    expect(read("could tight hip flexors be why my ankles hurt?")).toEqual([
      ["tight-hip-flexors", true, "RUNNER", "hip-flexors"],
      ["runners-ankle", true, "RUNNER", "ankle"],
    ]);
  });

  it("reads 'last night' as when it happened, 'at night' as pain at night", () => {
    expect(matchedIds(kb, "rolled my ankle last night, it's sore")).toEqual([
      "+unnatural-ankle-movement",
      "+runners-ankle",
    ]);
    expect(matchedIds(kb, "my ankle throbs at night")).toEqual(["+throbbing-pain-at-night"]);
  });
});

describe("pain said only after runs", () => {
  it("is the site's pain after running", () => {
    expect(matchedIds(kb, "my heel only hurts after runs")).toEqual(["+heel-pain-after-running"]);
    expect(matchedIds(kb, "my knee only hurts after runs")).toEqual(["+knee-pain-after-run"]);
  });
});

describe("a heel worse when running", () => {
  it("rests on worse with running, never on rest easing it alone", () => {
    expect(matchedIds(kb, "heel sore after runs, settles with rest")).toEqual([
      "+heel-pain-after-running",
    ]);
    expect(matchedIds(kb, "the longer I run the worse my heel gets")).toEqual([
      "+heel-pain-worse-when-running",
    ]);
  });
});

describe("rest easing a heel said worse with running in the part before", () => {
  it("is the heel worse when running, in the next clause or the next input", () => {
    expect(matchedIds(kb, "heel hurts more the further I run. better with rest")).toEqual([
      "+heel-pain-worse-when-running",
    ]);
    const traced = kb.tracer.trace(["heel hurts more the longer I run", "better with rest"]);
    expect(traced.unmatched).toEqual([]);
  });
});

describe("a condition only asked about", () => {
  it("is a weak hint, never a finding at full confidence; what is said beside it is", () => {
    const asked = (text: string, id: string) =>
      kb.reader.read(text).findings.find((f) => f.entity?.id === id)?.confidence ?? null;
    for (const [text, id] of [
      ["is it plantar fasciitis?", "plantar-fasciitis"],
      ["could it be achilles tendinitis?", "achilles-tendinitis"],
      ["worried it's a stress fracture in my heel", "heel-stress-fracture"],
    ] as const)
      expect(asked(text, id), text).toBeLessThan(0.5);
    expect(asked("I have plantar fasciitis", "plantar-fasciitis")).toBeGreaterThan(0.8);
    expect(
      asked("could it be a stress fracture? my heel hurts", "heel-pain-after-running"),
    ).toBeGreaterThan(0.8);
  });
});

describe("a sign felt nowhere in particular", () => {
  it("takes the time said in the clause before, a site named or not", () => {
    expect(matchedIds(kb, "when I stretch my calf, my achilles burns")).toContain(
      "+burning-when-stretching",
    );
  });
});

describe("a side word after a correction", () => {
  it(`counts past at most ${SIDE_LEAD_REACH} marks and fillers`, () => {
    expect(sided("my left heel hurts, I mean my right")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", "RIGHT"],
    ]);
    // Farther back, the side word alone names no side: the correction takes the left back.
    expect(sided("my left heel hurts, I mean, , , , right")).toEqual([
      ["heel-pain-after-running", true, "RUNNER", null],
    ]);
  });
});
