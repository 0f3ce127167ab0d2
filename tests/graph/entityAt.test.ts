import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildGraph, entityAt, graphEntities } from "../../src/graph/index.js";
import { randomGraphData } from "../helpers/randomGraph.js";

describe("entityAt and graphEntities", () => {
  it("give each node's entity, null for an id that names none, and every entity by id", () => {
    fc.assert(
      fc.property(randomGraphData(), fc.string(), (data, stranger) => {
        const graph = buildGraph(data);
        for (const [id, entity] of data.entities) expect(entityAt(graph, id)).toBe(entity);
        if (!data.entities.has(stranger)) expect(entityAt(graph, stranger)).toBeNull();
        const ids = [...data.entities.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        expect(graphEntities(graph).map((e) => e.id)).toEqual(ids);
      }),
    );
  });
});
