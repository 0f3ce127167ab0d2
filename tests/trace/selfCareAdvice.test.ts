import { beforeAll, describe, expect, it } from "vitest";
import type { Entity } from "../../src/graph/index.js";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { SELF_CARE_ADVICE_IDS, TRIAGE_ADVICE_IDS } from "../../src/trace/index.js";
import { adviceAnswer } from "../helpers/advice.js";
import { realKb } from "../helpers/knowledge.js";

/**
 * SELF_CARE's advice is the home care of the article behind the best-ranked condition the
 * report supports, through the real trace: a heel complaint hears the heel article (not
 * the ankle's or the Achilles'), an ankle complaint the ankle article, an Achilles one the
 * Achilles article, a knee or hip one the hip flexor article; a report that supports no
 * such condition hears the general advice, and an ankle warning sign its list's advice.
 */
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

const entity = (id: string): Entity | undefined => kb.data.entities.get(id);
const answer = (id: string): string => adviceAnswer(kb, id);

/** Each self-care entry, the article it speaks for, complaints it answers, words it never says. */
const BY_ARTICLE = [
  {
    id: "self-care-heel",
    doc: "heel-pain",
    says: [
      "my heel hurts in the morning",
      "heel sore after runs",
      "stabbing pain under my heel",
      "back of my heel hurts",
    ],
    never: /ankle|achilles/i,
  },
  {
    id: "self-care-achilles",
    doc: "achilles",
    says: ["my achilles is stiff at the start of runs", "achilles sore after running"],
    never: /ankle|plantar/i,
  },
  {
    id: "self-care-ankle",
    doc: "ankle-pain",
    says: ["my ankle hurts after running", "I sprained my ankle", "ankle aches after runs"],
    never: /heel|achilles/i,
  },
  {
    id: "self-care-hips",
    doc: "hip-flexor-chain",
    says: ["my knee hurts on the inside", "my hip hurts after running"],
    never: /heel|achilles/i,
  },
] as const;

describe("self-care advice by article", () => {
  it("lists every entry the table tests, each an advice entry citing only its own article", () => {
    expect(BY_ARTICLE.map((a) => a.id)).toEqual([...SELF_CARE_ADVICE_IDS]);
    for (const { id, doc, never } of BY_ARTICLE) {
      const e = entity(id);
      expect(e?.kind, id).toBe("ADVICE");
      expect(new Set(e?.sources.map((s) => s.doc)), id).toEqual(new Set([doc]));
      expect(answer(id), id).not.toMatch(never);
    }
  });

  for (const { id, says } of BY_ARTICLE) {
    it.each(says)(`"%s" is SELF_CARE with ${id}'s advice`, (said) => {
      const t = kb.tracer.trace([said]).triage;
      expect(t.level).toBe("SELF_CARE");
      expect(t.advice).toBe(answer(id));
    });
  }

  it("gives the general advice when the report supports no condition with its own", () => {
    const general = TRIAGE_ADVICE_IDS.SELF_CARE;
    for (const said of ["I upped my mileage a lot", "my shoes are worn out"]) {
      const t = kb.tracer.trace([said]).triage;
      expect(t.level, said).toBe("SELF_CARE");
      expect(t.advice, said).toBe(answer(general));
    }
    expect(answer(general)).not.toMatch(/ankle|heel|achilles|hip/i);
  });

  it("keeps an ankle warning sign's list advice over the ankle's home care", () => {
    const t = kb.tracer.trace(["my ankle is swollen"]).triage;
    expect(t.level).toBe("SELF_CARE");
    expect(t.advice).toBe(answer("ankle-warning-signs"));
  });
});
