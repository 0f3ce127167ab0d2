import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { runSteps } from "../../src/graph/steps.js";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { ConditionModel } from "../../src/trace/ConditionModel.js";
import { EvidenceLinks } from "../../src/trace/EvidenceLinks.js";
import { NodeIndex } from "../../src/trace/NodeIndex.js";
import { realKb } from "../helpers/knowledge.js";

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

describe("the evidence links", () => {
  it("keep at most maxPairs (cause, condition) pairs, and answer the same past it", () => {
    const nodes = runSteps(NodeIndex.build(kb.graph));
    const all = runSteps(EvidenceLinks.build(kb.graph, nodes));
    const few = runSteps(EvidenceLinks.build(kb.graph, nodes, 10));
    const causes = nodes.entities.filter((e) => e.kind === "CAUSE" || e.kind === "MECHANISM");
    /** Pairs of the causes whose links are kept. */
    const kept = (links: EvidenceLinks) =>
      causes.filter((c) => links.keepsDriven(c)).reduce((n, c) => n + links.driven(c).length, 0);
    const pairs = causes.reduce((n, c) => n + all.driven(c).length, 0);
    expect(pairs).toBeGreaterThan(10);
    expect(kept(all)).toBe(pairs);
    expect(kept(few)).toBeGreaterThan(0);
    expect(kept(few)).toBeLessThanOrEqual(10);
    for (const c of causes) expect(few.driven(c)).toEqual(all.driven(c));
  });

  it("give the condition model the same posteriors whether a cause's links are kept or not", () => {
    const nodes = runSteps(NodeIndex.build(kb.graph));
    const all = new ConditionModel(kb.graph, runSteps(EvidenceLinks.build(kb.graph, nodes)));
    const few = new ConditionModel(kb.graph, runSteps(EvidenceLinks.build(kb.graph, nodes, 10)));
    const evidence = nodes.entities.filter((e) =>
      ["SYMPTOM", "CAUSE", "MECHANISM", "CONDITION"].includes(e.kind),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...evidence), { minLength: 1, maxLength: 4 }),
        fc.uniqueArray(fc.constantFrom(...evidence), { maxLength: 3 }),
        (present, denied) => {
          const known = { present, absent: denied.filter((e) => !present.includes(e)) };
          const candidates = all.candidates(present);
          expect(few.candidates(present)).toEqual(candidates);
          expect(few.posterior(candidates, known)).toEqual(all.posterior(candidates, known));
          for (const c of candidates)
            for (const e of present) expect(few.likelihood(c, e)).toBe(all.likelihood(c, e));
        },
      ),
      { numRuns: 300 },
    );
  });
});
