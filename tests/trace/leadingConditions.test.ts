import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { LEADING_SHARE, leadingConditions } from "../../src/trace/leadingConditions.js";
import { realKb } from "../helpers/knowledge.js";

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

/** A ranked condition of the real graph with `score`. */
const ranked = (id: string, score: number) => {
  const condition = kb.data.entities.get(id);
  if (condition?.kind !== "CONDITION") throw new Error(`no condition ${id}`);
  return { score, condition, matchedSymptoms: [] };
};

describe("the leading conditions (stop 35)", () => {
  it("leave out a condition at exactly the share of the best, whatever float rounding gives", () => {
    for (const top of [0.87, 0.92, 1, 0.3]) {
      const half = top * LEADING_SHARE;
      const conditions = [
        ranked("plantar-fasciitis", top),
        ranked("achilles-tendinitis", half),
        ranked("heel-stress-fracture", half * 1.01),
      ];
      expect(
        leadingConditions(conditions).map((c) => c.condition.id),
        String(top),
      ).toEqual(["plantar-fasciitis", "heel-stress-fracture"]);
    }
  });

  it("give the same triage whichever order a complaint's clauses come in", () => {
    for (const [one, other] of [
      ["my heel is not red but it hurts", "my heel hurts but it is not red"],
      ["no numbness in my heel, it aches after runs", "my heel aches after runs, no numbness"],
      [
        "my ankle is not swollen but it hurts after runs",
        "my ankle hurts after runs but it is not swollen",
      ],
      ["no swelling, my heel hurts in the morning", "my heel hurts in the morning, no swelling"],
    ] as const) {
      const level = (text: string) => kb.tracer.trace([text]).triage.level;
      expect(level(other), `${one} / ${other}`).toBe(level(one));
    }
  });
});
