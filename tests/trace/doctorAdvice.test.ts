import { beforeAll, describe, expect, it } from "vitest";
import type { Entity } from "../../src/graph/index.js";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { SEE_DOCTOR_ADVICE_IDS, TRIAGE_ADVICE_IDS } from "../../src/trace/index.js";
import { adviceAnswer } from "../helpers/advice.js";
import { realKb } from "../helpers/knowledge.js";

/**
 * SEE_DOCTOR's advice is the doctor text of the article behind the best-ranked condition
 * the report supports (else of the first doctor reason), through the real trace: an ankle
 * sent to a doctor hears where the ankle article points past home care, a heel or Achilles
 * complaint the heel and Achilles articles' when-to-see-a-doctor; the ankle's doctor text
 * comes before its warning-sign list's stop-and-rest.
 */
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

const entity = (id: string): Entity | undefined => kb.data.entities.get(id);
const answer = (id: string): string => adviceAnswer(kb, id);

const ANKLE = "see-a-doctor-ankle";

describe("doctor advice by article", () => {
  it("lists the ankle's doctor text, an advice entry resting first on the ankle article", () => {
    expect([...SEE_DOCTOR_ADVICE_IDS]).toEqual([ANKLE]);
    const e = entity(ANKLE);
    expect(e?.kind).toBe("ADVICE");
    const sections = e?.sources.filter((s) => s.doc === "ankle-pain").map((s) => s.section);
    expect(sections).toEqual(expect.arrayContaining(["Pain Relievers", "Stress Fractures"]));
    expect(answer(ANKLE)).toMatch(/ankle/);
    expect(answer(ANKLE)).not.toMatch(/plantar|night splint|X-ray|MRI/i);
  });

  it.each([
    "my ankle throbs at night",
    "my ankle throbs at night and I can't sleep",
    "ankle pain not getting better after weeks",
    "do I have an ankle stress fracture? my ankle hurts",
  ])('"%s" is SEE_DOCTOR with the ankle article\'s doctor text', (said) => {
    const t = kb.tracer.trace([said]).triage;
    expect(t.level).toBe("SEE_DOCTOR");
    expect(t.advice).toBe(answer(ANKLE));
  });

  it.each(["heel pain not getting better after weeks", "achilles pain not improving"])(
    '"%s" keeps the heel and Achilles articles\' doctor text',
    (said) => {
      const t = kb.tracer.trace([said]).triage;
      expect(t.level).toBe("SEE_DOCTOR");
      expect(t.advice).toBe(answer(TRIAGE_ADVICE_IDS.SEE_DOCTOR));
    },
  );

  it("gives an ankle too sore to walk on the ankle's doctor text, its signs still reasons", () => {
    const t = kb.tracer.trace(["I'm limping because of my ankle"]).triage;
    expect(t.level).toBe("SEE_DOCTOR");
    expect(t.advice).toBe(answer(ANKLE));
    expect(t.reasons.map((r) => r.id)).toContain("ankle-too-painful-to-walk");
  });
});
