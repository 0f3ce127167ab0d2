import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildGraph, DIRECTIONS, edgesAt, RELATIONS } from "../../src/graph/index.js";
import { randomGraphData } from "../helpers/randomGraph.js";

describe("edgesAt", () => {
  it("lists exactly the edges at a node, in either direction and filtered by relation, however often it is asked", () => {
    fc.assert(
      fc.property(
        randomGraphData(),
        fc.array(
          fc.tuple(
            fc.nat(40),
            fc.constantFrom(...DIRECTIONS),
            fc.option(fc.subarray([...RELATIONS]), { nil: null }),
          ),
          { maxLength: 30 },
        ),
        (data, asks) => {
          const graph = buildGraph(data);
          const ids = [...data.entities.keys()];
          for (const [n, direction, relations] of asks) {
            const id = ids[n % ids.length] ?? "";
            const expected = [...data.edges.values()]
              .filter((e) => (direction === "INCOMING" ? e.to : e.from) === id)
              .filter((e) => relations === null || relations.includes(e.relation))
              .map((e) => `${e.from}|${e.relation}|${e.to}`)
              .sort();
            const got = edgesAt(graph, id, direction, relations);
            expect(got.map((a) => `${a.edge.from}|${a.edge.relation}|${a.edge.to}`).sort()).toEqual(
              expected,
            );
            for (const { edge, other } of got) {
              expect(other.id).toBe(direction === "INCOMING" ? edge.from : edge.to);
            }
            // The caller owns the list it gets: changing it changes no later answer.
            got.length = 0;
          }
        },
      ),
    );
  });
});
