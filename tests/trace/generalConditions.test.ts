import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";

/**
 * Session 34's explorer finding #6: a site's general pain after running (runners-ankle,
 * the condition generic ankle pain is read as) is the complaint said again, so the trace
 * never gives it as where the pain starts, and marks it among the conditions so the answer
 * does not call it the likeliest diagnosis.
 */
let kb: KnowledgeBase;
let general: string[];
beforeAll(async () => {
  kb = await realKb();
  general = [...kb.data.findings].filter(([, p]) => p.countsAs !== null).map(([id]) => id);
});

describe("a site's general pain after running", () => {
  it("is found from graph-data's findings (a general profile counting as a symptom)", () => {
    expect(general).toContain("runners-ankle");
  });

  it("is never a root cause, from any entity or complaint", () => {
    const inputs = [
      ...kb.data.entities.keys(),
      "Ankle stress fracture",
      "my ankle hurts when I run",
      "my ankle aches after runs",
    ];
    for (const input of inputs) {
      const roots = kb.tracer.trace([input], { limit: 50 }).rootCauses.map((r) => r.cause.id);
      expect({ [input]: roots.filter((id) => general.includes(id)) }).toEqual({ [input]: [] });
    }
    for (const e of kb.data.entities.values()) {
      if (e.kind !== "CONDITION") continue;
      const roots = kb.tracer.rootCausesOf(e, { limit: 50 }).map((r) => r.cause.id);
      expect({ [e.id]: roots.filter((id) => general.includes(id)) }).toEqual({ [e.id]: [] });
    }
  });

  it("is still walked through: what drives it stays a root cause of what it leads to", () => {
    const t = kb.tracer.trace(["Ankle stress fracture"]);
    const through = t.rootCauses.filter((r) =>
      r.paths.some((p) => p.steps.some((s) => general.includes(s.to.id))),
    );
    expect(through.map((r) => r.cause.id)).toContain("mileage-jump");
  });

  it("is marked among a trace's conditions, and only it", () => {
    for (const input of ["my ankle hurts when I run", "Ankle stress fracture", "my heel hurts"]) {
      for (const c of kb.tracer.trace([input]).conditions)
        expect({ [c.condition.id]: c.general }).toEqual({
          [c.condition.id]: general.includes(c.condition.id),
        });
    }
    const [top] = kb.tracer.trace(["my ankle hurts when I run"]).conditions;
    expect(top?.condition.id).toBe("runners-ankle");
    expect(top?.general).toBe(true);
  });
});
