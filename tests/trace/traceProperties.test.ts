import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildKnowledgeBase } from "../../src/knowledge/index.js";
import { randomGraphData } from "../helpers/randomGraph.js";

describe("trace on random graphs", () => {
  it("terminates, walks real edges, repeats no node, ends each path at its root cause, and is deterministic", () => {
    fc.assert(
      fc.property(
        randomGraphData(),
        fc.array(fc.nat(40), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 10 }),
        (data, picks, maxDepth) => {
          const kb = buildKnowledgeBase(data);
          const ids = [...data.entities.keys()];
          const inputs = picks.map((p) => ids[p % ids.length] ?? "n0");
          const result = kb.tracer.trace(inputs, { maxDepth, limit: 50 });
          const edgeKeys = new Set(data.edges.map((e) => e.key));
          for (const root of result.rootCauses) {
            expect(root.paths.length).toBeGreaterThan(0);
            expect(root.paths.length).toBeLessThanOrEqual(3);
            for (const path of root.paths) {
              expect(path.steps.length).toBeGreaterThan(0);
              expect(path.steps.length).toBeLessThanOrEqual(maxDepth);
              expect(path.steps.at(-1)?.to.id).toBe(root.cause.id);
              const visited = [path.steps[0]?.from.id, ...path.steps.map((s) => s.to.id)];
              expect(new Set(visited).size).toBe(visited.length);
              path.steps.forEach((s, i) => {
                expect(edgeKeys.has(s.edge.key)).toBe(true);
                const [a, b] =
                  s.direction === "FORWARD" ? [s.from.id, s.to.id] : [s.to.id, s.from.id];
                expect([s.edge.from, s.edge.to]).toEqual([a, b]);
                if (i > 0) expect(s.from.id).toBe(path.steps[i - 1]?.to.id);
              });
              // The runner's end: an input, or for a reported cause a condition it explains.
              const first = path.steps[0]?.from.id ?? "";
              expect(
                inputs.includes(first) || result.conditions.some((c) => c.condition.id === first),
              ).toBe(true);
            }
          }
          for (let i = 1; i < result.conditions.length; i++) {
            const [a, b] = [result.conditions[i - 1], result.conditions[i]];
            if (a && b)
              expect(
                a.score > b.score || (a.score === b.score && a.condition.id < b.condition.id),
              ).toBe(true);
          }
          expect(kb.tracer.trace(inputs, { maxDepth, limit: 50 })).toEqual(result);
        },
      ),
      { numRuns: 150 },
    );
  });
});
