import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

/**
 * The ankle article names no doctor. It points past home care in two places only: pain
 * relievers tide a runner over pain that makes them limp or be "unable to walk", or that
 * throbs and spoils sleep, "until you are able to receive further treatment"; and stress
 * fractures left untreated "require a cast or boot" (the heel article: a stress fracture
 * "requires prompt medical attention"). Arthritis it only says to "rule it out", naming no
 * one, so the article alone does not send it to a doctor; its flag stays only until the
 * reader stops taking "tight hip flexors ... ankle pain" for a stiff ankle (heldout5's "could
 * tight hip flexors cause ankle pain? ... nothing hurts" would then be SELF_CARE, breaking
 * its safety invariant). (The heel article's own signs, such as limping, that also cite the
 * ankle article are sent by the heel article's list, and left out here.)
 */
const SENT_FURTHER = [
  "ankle-stress-fracture",
  "ankle-too-painful-to-walk",
  "throbbing-pain-at-night",
];

/** The sections of the ankle article each sent node may rest on for that. */
const WHY: Record<string, string> = {
  "ankle-stress-fracture": "Stress Fractures",
  "ankle-too-painful-to-walk": "Pain Relievers",
  "throbbing-pain-at-night": "Pain Relievers",
};

describe("the ankle nodes sent to a doctor are those the ankle article sends past home care, and arthritis", () => {
  it("flags exactly the ankle article's stress fracture, too sore to walk and throbbing pain, and arthritis", () => {
    const flagged = [...kb.data.entities.values()]
      .filter(
        (e) =>
          (e.kind === "CONDITION" || e.kind === "SYMPTOM") &&
          e.seeDoctor &&
          !(e.kind === "SYMPTOM" && e.warningSignOf === "heel-pain") &&
          e.sources.some((s) => s.doc === "ankle-pain"),
      )
      .map((e) => e.id)
      .sort();
    expect(flagged).toEqual([...SENT_FURTHER, "arthritis"].sort());
  });

  it("cites for each the ankle section that says it needs more than home care", () => {
    for (const id of SENT_FURTHER) {
      const e = kb.data.entities.get(id);
      expect(e?.sources, id).toContainEqual({ doc: "ankle-pain", section: WHY[id] });
    }
  });

  it("sends an ankle too sore to walk on, or throbbing at night, to further treatment", () => {
    for (const says of [
      "I'm limping because of my ankle",
      "my ankle throbs at night and I can't sleep",
    ])
      expect(kb.tracer.trace([says]).triage.level, says).toBe("SEE_DOCTOR");
  });
});
