import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { beforeAll, describe, expect, it } from "vitest";
import { exportGraph } from "../../src/graph/exportGraph.js";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

describe("exportGraph", () => {
  // Each format is read back by graphology's own parser for it, as Gephi would read it.
  const readers = {
    gexf: (text: string) => parseGexf(MultiDirectedGraph, text),
    graphml: (text: string) => parseGraphml(MultiDirectedGraph, text),
    json: (text: string) => MultiDirectedGraph.from(JSON.parse(text)),
  } as const;

  for (const [format, read] of Object.entries(readers)) {
    it(`writes ${format} that reads back with every node, edge and citation`, () => {
      const graph = read(exportGraph(kb.data, format as keyof typeof readers));
      expect(graph.order).toBe(kb.stats.nodeCount);
      expect(graph.size).toBe(kb.stats.edgeCount);
      const fascia = graph.getNodeAttributes("plantar-fasciitis");
      expect(fascia).toMatchObject({ label: "Plantar fasciitis", kind: "CONDITION" });
      expect(String(fascia.sources)).toMatch(/§/);
      const edge = kb.data.edges[0];
      if (edge === undefined) throw new Error("the real graph has edges");
      const [key] = graph.edges(edge.from, edge.to);
      expect(graph.getEdgeAttributes(key)).toMatchObject({
        relation: edge.relation,
        explanation: edge.explanation,
      });
    });
  }
});
