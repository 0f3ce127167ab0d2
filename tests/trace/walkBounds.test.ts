import { beforeAll, describe, expect, it } from "vitest";
import { runSteps } from "../../src/graph/steps.js";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { findRootCauses } from "../../src/trace/findRootCauses.js";
import { NodeIndex } from "../../src/trace/NodeIndex.js";
import { UpwardGraph } from "../../src/trace/UpwardGraph.js";
import { RETAINED_LABELS, WalkLabels } from "../../src/trace/WalkLabels.js";
import { realKb } from "../helpers/knowledge.js";

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

/** Makes `n` labels in `labels` (as a walk would, at node 0) and ends the walk. */
function walkOf(labels: WalkLabels, n: number): void {
  const walk = labels.take();
  for (let i = 0; i < n; i++) walk.push(0, 1 / (i + 1), 0, -1, -1, 0);
  walk.release();
}

describe("the root-cause walk's bounds", () => {
  it(`keeps its labels' arrays from walk to walk up to ${RETAINED_LABELS} labels, and no larger`, () => {
    const labels = new WalkLabels();
    walkOf(labels, 5000);
    const kept = labels.node;
    expect(kept.length).toBeGreaterThanOrEqual(5000);
    walkOf(labels, 100);
    expect(labels.node).toBe(kept);
    walkOf(labels, RETAINED_LABELS + 1);
    expect(labels.node.length).toBeLessThanOrEqual(RETAINED_LABELS);
  });

  it("settles at most maxSettled labels, told to the meter", () => {
    const up = runSteps(UpwardGraph.build(kb.graph, runSteps(NodeIndex.build(kb.graph))));
    const starts = [...kb.data.entities.values()]
      .filter((e) => e.kind === "SYMPTOM")
      .map((entity) => ({ entity, weight: 1 }));
    const settled = (maxSettled?: number) => {
      let steps = 0;
      const options = { meter: (_kind: string, n: number) => (steps += n), limit: 50 };
      findRootCauses(up, new WalkLabels(), starts, {
        ...options,
        ...(maxSettled && { maxSettled }),
      });
      return steps;
    };
    const all = settled();
    expect(all).toBeGreaterThan(40);
    expect(settled(40)).toBe(40);
    expect(settled(all + 1)).toBe(all);
  });
});
