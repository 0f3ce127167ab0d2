import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { LIMITED_FIT } from "../../src/trace/index.js";
import { realKb } from "../helpers/knowledge.js";

/**
 * Session 34's explorer finding #2: a warning sign alone is never shown as a strong fit.
 */
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

const warningSigns = () =>
  [...kb.data.entities.values()].filter(
    (e) => e.kind === "SYMPTOM" && (e.redFlag || e.warningSignOf !== null),
  );

describe("a warning sign alone", () => {
  it("makes no condition more than a limited fit, and triage stays URGENT", () => {
    const t = kb.tracer.trace(["I can't put weight on my heel"]);
    expect(t.triage.level).toBe("URGENT");
    expect(t.conditions[0]?.condition.id).toBe("heel-stress-fracture");
    expect(t.conditions[0]?.score).toBe(LIMITED_FIT);
  });

  it("limits every condition whatever the sign, given by id", () => {
    const signs = warningSigns();
    expect(signs.length).toBeGreaterThan(5);
    for (const s of signs) {
      const top = kb.tracer.trace([s.id]).conditions[0];
      expect({ [s.id]: (top?.score ?? 0) <= LIMITED_FIT }).toEqual({ [s.id]: true });
    }
  });

  it("does not limit a condition the complaint supports besides the signs", () => {
    const t = kb.tracer.trace(["my heel hurts", "sudden-acute-heel-pain", "limping"]);
    expect(t.triage.level).toBe("URGENT");
    expect(t.conditions[0]?.condition.id).toBe("heel-stress-fracture");
    expect(t.conditions[0]?.score).toBeGreaterThan(LIMITED_FIT);
  });
});
