import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import { askedFindings, entityFindings, matchedIds, triageLevel } from "../helpers/readings.js";

// Reader round 8 (helper-79): the stop's open safety cases and language categories of the
// spent sets' misses, in sentences of our own.
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

/** Each finding with an entity as [id, present, whose, site]. */
const read = (text: string) => entityFindings(kb, text, "site");
/** Each present finding with an entity as [id, only asked about]. */
const asked = (text: string) => askedFindings(kb, text);

describe("an aside that only hedges ('I think', 'I guess')", () => {
  it("names no body: what follows another's or an animal's clause stays theirs", () => {
    for (const text of [
      "my dog's heel hurts, I think it is swollen",
      "my dog's heel hurts, I guess it is swollen",
      "our collie's paw is sore, I reckon it's swollen",
    ]) {
      expect(matchedIds(kb, text), text).toEqual([]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
    // Another person's warning sign stays theirs, and red flags still win.
    expect(read("my wife's heel hurts, I think it's numb")).toEqual([
      ["heel-numbness-tingling", true, "SOMEONE_ELSE", "heel"],
    ]);
    expect(triageLevel(kb, "my wife's heel hurts, I think it's numb")).toBe("URGENT");
  });

  it("keeps the runner's own words the runner's", () => {
    for (const text of [
      "my dog's heel hurts, I think my heel is swollen",
      "my dog's heel hurts, I think I am limping",
      "my heel hurts, I think it is swollen",
    ])
      expect(triageLevel(kb, text), text).toBe("URGENT");
    expect(read("my dog's heel hurts, I think my heel is swollen")).toEqual([
      ["heel-redness-warmth-swelling", true, "RUNNER", "heel"],
    ]);
  });
});

describe("what is felt, asked about as a subject", () => {
  it("is only asked about: no complaint, never self-care", () => {
    for (const text of [
      "what causes heel pain",
      "why do heels hurt after running",
      "how to fix heel pain when running",
      "so what causes ankle pain?",
    ]) {
      expect(
        asked(text).every(([, a]) => a === true),
        text,
      ).toBe(true);
      expect(asked(text).length, text).toBeGreaterThan(0);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
    // Read as a name asked about is: a weak hint.
    const [pain] = kb.reader.read("what causes heel pain").findings;
    expect(pain?.confidence).toBeLessThan(0.5);
  });

  it("is reported when the runner's own, pointed at, or said after the question", () => {
    for (const text of [
      "why does my heel hurt",
      "what causes runner's ankle? my ankle hurts after runs",
      "what causes heel pain? mine hurts every morning",
      "my hip is what hurts after running",
    ])
      expect(triageLevel(kb, text), text).not.toBe("UNKNOWN");
    expect(asked("why does my heel hurt")).toEqual([["heel-pain-after-running", false]]);
  });

  it("never hedges a warning sign (red flags win)", () => {
    expect(asked("what causes numbness in the heel")).toEqual([["heel-numbness-tingling", false]]);
    expect(triageLevel(kb, "what causes numbness in the heel")).toBe("URGENT");
  });
});

describe("a sign said not to be over", () => {
  it("stays reported after a negation ('hasn't gone down', 'never stops')", () => {
    expect(matchedIds(kb, "my heel swelling hasn't gone down")).toEqual([
      "+heel-redness-warmth-swelling",
    ]);
    expect(matchedIds(kb, "the numbness in my heel has not gone away")).toEqual([
      "+heel-numbness-tingling",
    ]);
    expect(matchedIds(kb, "my ankle never stops aching")).toEqual(["+constant-ankle-ache"]);
    expect(triageLevel(kb, "my heel swelling hasn't gone down")).toBe("URGENT");
    // Said over, it is still over.
    expect(matchedIds(kb, "my heel swelling has gone down")).toEqual([
      "-heel-redness-warmth-swelling",
    ]);
  });
});

describe("a correction that moves a sign", () => {
  it("says which sign was reported where: the numbness at the ankle, nothing at the heel", () => {
    const findings = kb.reader.read("my heel hurts, it is numb, no wait, my ankle").findings;
    expect(findings.some((f) => f.site?.id === "heel")).toBe(false);
    const numb = findings.filter((f) => f.feelings.includes("numbness"));
    expect(numb.map((f) => [f.site?.id, f.present, f.entity, f.text])).toEqual([
      ["ankle", true, null, "numb"],
    ]);
  });
});

describe("the Achilles red, warm or swollen", () => {
  it("is no warning sign of an article: unknown (the heel list is the heel area's)", () => {
    // The heel article lists redness, warmth or swelling in the heel area; the Achilles article
    // names no redness or warmth, and swelling only as what a doctor checks and ibuprofen eases.
    for (const text of ["my achilles is red and warm", "my achilles is swollen"]) {
      expect(matchedIds(kb, text), text).toEqual([]);
      expect(triageLevel(kb, text), text).toBe("UNKNOWN");
    }
  });

  it("is the heel's sign where it meets the heel", () => {
    for (const text of [
      "my achilles is puffy where it meets the heel",
      "the back of my heel is red and warm",
    ])
      expect(triageLevel(kb, text), text).toBe("URGENT");
  });
});

describe("everyday words for what the articles name", () => {
  it("read tenderness as pain where a site has no tenderness sign, and touch as tenderness", () => {
    expect(matchedIds(kb, "heels are tender after long days")).toEqual([
      "+heel-pain-after-running",
    ]);
    expect(matchedIds(kb, "my achilles feels tender after runs")).toEqual([
      "+achilles-irritation-after-run",
    ]);
    expect(matchedIds(kb, "my ankle is sore when I touch it")).toEqual(["+ankle-tenderness"]);
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

describe("a warning sign's feeling said beside what was read at another site (review H6)", () => {
  /** The feelings of the runner's present findings with no entity, as [site, feelings]. */
  const unplaced = (text: string) =>
    kb.reader
      .read(text)
      .findings.filter((f) => f.entity === null && f.present && f.feelings.length > 0)
      .map((f) => [f.site?.id, f.whose, f.feelings]);

  it("is kept beside the pain, in either order, and weighed: a doctor's view", () => {
    for (const [text, site, feelings] of [
      ["my ankle hurts and is numb", "ankle", ["numbness"]],
      ["my ankle is numb and hurts", "ankle", ["numbness"]],
      ["my ankle hurts, it is numb", "ankle", ["numbness"]],
      ["my left ankle hurts and tingles", "ankle", ["tingling"]],
      ["my knee hurts and is swollen", "knee", ["swelling"]],
      ["my achilles hurts and is numb", "achilles", ["numbness"]],
    ] as const) {
      expect(unplaced(text), text).toEqual([[site, "RUNNER", feelings]]);
      expect(triageLevel(kb, text), text).toBe("SEE_DOCTOR");
    }
    // The calf is read by no article: unknown, but what was felt there is listed.
    expect(unplaced("my calf hurts, it is red and hot")).toContainEqual([
      "calf",
      "RUNNER",
      ["redness", "warmth"],
    ]);
    expect(triageLevel(kb, "my calf hurts, it is red and hot")).toBe("UNKNOWN");
    // Where the articles read it, it is the sign itself.
    expect(triageLevel(kb, "my heel hurts and is numb")).toBe("URGENT");
  });

  it("is not a denied feeling, another's, a question, a likeness or pain gone unfelt", () => {
    for (const text of [
      "my ankle hurts and is not numb",
      "my ankle hurts but it is not numb",
      "my ankle hurts, no numbness",
      "my ankle hurts, my friend's ankle is numb",
      "does ankle pain come with numbness?",
      "does ankle pain come with numbness",
      "my ankle hurts and is numb?",
      "my ankle hurts, is it numb",
      "my ankle hurts. is it numb?",
      "my ankle hurts like pushing a bruise",
      "my ankle hurts, I took ibuprofen so I can't feel it",
      "my ankle hurts, dull and mild",
      "my ankle hurts, worst in the morning",
      "my ankle hurts and clicks",
      "my ankle was numb but it's gone now, it hurts",
    ]) {
      expect(unplaced(text), text).toEqual([]);
      // A question about ankle pain in general reports nothing (reader round 11a): UNKNOWN.
      const general = text.startsWith("does ankle pain");
      expect(triageLevel(kb, text), text).toBe(general ? "UNKNOWN" : "SELF_CARE");
    }
  });
});
