import { beforeAll, describe, expect, it } from "vitest";
import type { Entity } from "../../src/graph/index.js";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { SELF_CARE_ADVICE_IDS, type TriageLevel } from "../../src/trace/index.js";
import { realKb } from "../helpers/knowledge.js";

/**
 * Warning signs reach triage through the real trace (issue 15): the heel article's list
 * (see a doctor right away) governs the heel, the ankle article's (stop running and rest)
 * the ankle, and a sign said without a place takes the place of the rest of the report.
 */
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

const advice = (id: string) => {
  const e: Entity | undefined = kb.data.entities.get(id);
  return e?.kind === "ADVICE" ? e.answer : "";
};

/** Each warning sign with runners' phrasings; one phrasing per trace, or several lines. */
const HEEL_RIGHT_AWAY: Record<string, (string | string[])[]> = {
  // Bruising counts with sudden severe pain ("especially with bruising"), not alone.
  "sudden-acute-heel-pain": [
    "sudden sharp heel pain",
    "sudden heel pain with bruising",
    "sudden heel pain",
    ["sudden heel pain", "I can't put weight on it"],
  ],
  "heel-numbness-tingling": ["numb heel", "my heel feels numb", "tingling in my heel"],
  "heel-redness-warmth-swelling": [
    "my heel is swollen",
    "heel swelling",
    "swollen heel",
    "puffy heel",
    "my heel is red and warm",
    "my heel is hot",
    // A sign said without a place takes the place named before it.
    ["sore heel after running", "it's swollen"],
    ["heel pain", "it is puffy"],
  ],
  "back-of-heel-pain-swelling": [
    "swelling behind the heel",
    "back of my heel is swollen",
    ["pain at the back of my heel", "it is swollen"],
  ],
  // Said with no place at all: the urgent list wins.
  swelling: ["it is swollen"],
  limping: ["limping", ["my heel hurts", "I'm limping"], "I walk differently because of my heel"],
  // Said of the heel with no onset, it is this sign (and the heel's pain), not the sudden one.
  "cannot-bear-weight": [
    "cannot bear weight",
    "can't bear weight",
    "I can't put weight on my heel",
    ["heel pain", "I can't put weight on it"],
  ],
};

/** The ankle article's signs: stop running and rest; the level comes from the rest. */
const ANKLE_STOP_AND_REST: Record<string, { says: string | string[]; level: TriageLevel }[]> = {
  "ankle-swelling": [
    { says: "my ankle is swollen", level: "SELF_CARE" },
    // A sign said without a place takes the place named before it.
    { says: ["my ankle hurts", "it is swollen"], level: "SELF_CARE" },
    { says: ["my ankle hurts", "it's puffy"], level: "SELF_CARE" },
  ],
  "ankle-hot-to-touch": [
    { says: "ankle feels hot", level: "SELF_CARE" },
    { says: "my ankle is hot and swollen", level: "SELF_CARE" },
  ],
  "ankle-popping": [{ says: "my ankle pops", level: "SELF_CARE" }],
  "ankle-pinching": [{ says: "pinching in my ankle", level: "SELF_CARE" }],
  "constant-ankle-ache": [{ says: "ankle aches all the time", level: "SELF_CARE" }],
  "ankle-tenderness": [{ says: "tender ankle", level: "SELF_CARE" }],
  // Arthritis limits the ankle's motion, but the ankle article sends it to no one.
  "limited-ankle-motion": [{ says: "stiff ankle", level: "SELF_CARE" }],
  // A stress fracture is the leading suspicion: the ankle's doctor text, stopping first.
  "ankle-weight-bearing": [
    { says: "I can't bear weight on my ankle", level: "SEE_DOCTOR" },
    { says: "cannot bear weight on my ankle", level: "SEE_DOCTOR" },
    { says: "can't put weight on my ankle", level: "SEE_DOCTOR" },
    { says: ["my ankle hurts", "I can't bear weight"], level: "SEE_DOCTOR" },
  ],
  // Too sore to walk on: raise, brace and pain relievers until further treatment.
  "ankle-too-painful-to-walk": [{ says: "I'm limping on my ankle", level: "SEE_DOCTOR" }],
  limping: [{ says: ["my ankle hurts", "limping"], level: "SEE_DOCTOR" }],
};

const lines = (says: string | string[]) => (typeof says === "string" ? [says] : says);

describe("the heel article's red flags give URGENT", () => {
  for (const [sign, phrasings] of Object.entries(HEEL_RIGHT_AWAY)) {
    it.each(phrasings.map((says) => [JSON.stringify(says), lines(says)] as const))(
      `${sign}: %s`,
      (_name, says) => {
        const { matched, triage } = kb.tracer.trace(says);
        expect(matched.map((m) => m.entity.id)).toContain(sign);
        expect(triage.level).toBe("URGENT");
        expect(triage.reasons.map((r) => r.id)).toContain(sign);
        expect(triage.advice).toBe(advice("see-a-doctor-right-away"));
      },
    );
  }
});

describe("a red flag the words report stands against a no (red flags win)", () => {
  for (const [sign, phrasings] of Object.entries(HEEL_RIGHT_AWAY)) {
    it.each(phrasings.map((says) => [JSON.stringify(says), lines(says)] as const))(
      `${sign}: %s, then no to it`,
      (_name, says) => {
        const { matched, absent, triage } = kb.tracer.trace(says, {
          evidence: [{ id: sign, present: false }],
        });
        expect(matched.map((m) => m.entity.id)).toContain(sign);
        expect(absent.map((e) => e.id)).not.toContain(sign);
        expect(triage.level).toBe("URGENT");
        // The answer says which of the runner's words it stands on, so they can rephrase.
        const grounds = triage.grounds.filter((g) => g.reason.id === sign);
        expect(grounds.length).toBeGreaterThan(0);
        for (const g of grounds) {
          expect(g.answer).toBe(false);
          // Given by id ("limping"), it rests on the id; else on words of the input.
          if (g.words === null) expect(g.input).toBe(sign);
          else expect(g.input.slice(g.words.start, g.words.end)).toBe(g.words.text);
          expect(g.explanation).toContain(g.words === null ? sign : `"${g.words.text}"`);
        }
      },
    );
  }
});

describe("the ankle article's warning signs mean stop running and rest", () => {
  for (const [sign, cases] of Object.entries(ANKLE_STOP_AND_REST)) {
    it.each(cases.map((c) => [JSON.stringify(c.says), lines(c.says), c.level] as const))(
      `${sign}: %s`,
      (_name, says, level) => {
        const { matched, triage } = kb.tracer.trace(says);
        expect(matched.map((m) => m.entity.id)).toContain(sign);
        expect(triage.level).toBe(level);
        // Sent to a doctor, the ankle's own doctor text, which also says to stop and rest.
        expect(triage.advice).toBe(
          advice(level === "SEE_DOCTOR" ? "see-a-doctor-ankle" : "ankle-warning-signs"),
        );
        expect(triage.advice).toMatch(/^Stop running/);
        // The advice says why: the sign it rests on is a reason, grounded in the words, cited.
        const reason = triage.reasons.find((r) => r.id === sign);
        expect(reason?.sources.length).toBeGreaterThan(0);
        const grounds = triage.grounds.filter((g) => g.reason.id === sign);
        expect(grounds.length).toBeGreaterThan(0);
        // "limping" alone is the sign's id: it rests on the id, not on words.
        for (const g of grounds)
          if (g.words === null) expect(g.input).toBe(sign);
          else expect(g.input.slice(g.words.start, g.words.end)).toBe(g.words.text);
      },
    );
  }

  it("lists the signs after the level's own reasons, and never another body's or a denied one", () => {
    const ids = (says: string[]) => kb.tracer.trace(says).triage.reasons.map((r) => r.id);
    expect(ids(["my ankle is hot and swollen"]).sort()).toEqual([
      "ankle-hot-to-touch",
      "ankle-swelling",
    ]);
    // A stress fracture sets SEE_DOCTOR; the sign the advice rests on follows it.
    expect(ids(["I can't bear weight on my ankle"])).toEqual([
      "ankle-stress-fracture",
      "ankle-weight-bearing",
    ]);
    // Red flags win: the heel's numbness alone is URGENT's reason.
    expect(ids(["my ankle is swollen", "my heel is numb"])).toEqual(["heel-numbness-tingling"]);
    expect(ids(["my ankle hurts, no swelling"])).toEqual([]);
    expect(ids(["my ankle hurts", "my friend's ankle is swollen"])).toEqual([]);
  });
});

describe("which article governs is said in data and read the same way for every phrasing", () => {
  it("reads 'cannot' and 'can't' bear weight alike, and 'on my ankle' by the ankle article", () => {
    const level = (says: string[]) => kb.tracer.trace(says).triage.level;
    expect(level(["cannot bear weight"])).toBe(level(["can't bear weight"]));
    expect(level(["cannot bear weight on my ankle"])).toBe(
      level(["I can't bear weight on my ankle"]),
    );
    expect(level(["my ankle hurts", "cannot bear weight"])).toBe(
      level(["my ankle hurts", "can't bear weight"]),
    );
    expect(level(["my heel hurts", "cannot bear weight"])).toBe("URGENT");
  });

  it("lets a sign with no place of its own follow the report, an urgent list winning a mix", () => {
    const level = (says: string[]) => kb.tracer.trace(says).triage.level;
    expect(level(["it is swollen"])).toBe("URGENT");
    expect(level(["my ankle hurts", "it is swollen"])).toBe("SELF_CARE");
    expect(level(["my ankle hurts", "my heel hurts", "it is swollen"])).toBe("URGENT");
  });

  it("names the two lists differently, and no advice sends every red flag to a doctor", () => {
    const heel = kb.data.entities.get("see-a-doctor-right-away");
    const ankle = kb.data.entities.get("ankle-warning-signs");
    expect(heel?.name).toMatch(/heel/i);
    expect(ankle?.name).toMatch(/ankle/i);
    expect(heel?.name).not.toBe(ankle?.name);
    expect(advice("ankle-warning-signs")).toMatch(/stop running/i);
    expect(advice("ankle-warning-signs")).not.toMatch(/doctor/i);
    for (const id of [
      "self-care-first",
      ...SELF_CARE_ADVICE_IDS,
      "when-to-see-a-doctor",
      "ankle-warning-signs",
    ])
      expect(advice(id), id).not.toMatch(/red flag|warning sign/i);
  });

  it("keeps the several-weeks rule for heel and Achilles pain only", () => {
    const rule = (e: Entity) =>
      e.kind === "ADVICE"
        ? `${e.question} ${e.answer}`.split(/(?<=[.?])\s+/).filter((s) => /several weeks/.test(s))
        : [];
    for (const id of ["self-care-heel", "when-to-see-a-doctor"]) {
      const e = kb.data.entities.get(id);
      expect(e === undefined ? 0 : rule(e).length, id).toBeGreaterThan(0);
    }
    // No advice entry says it of the ankle: the ankle article names no such wait.
    for (const e of kb.data.entities.values())
      for (const sentence of rule(e)) expect(sentence, e.id).not.toMatch(/ankle/i);
  });
});
