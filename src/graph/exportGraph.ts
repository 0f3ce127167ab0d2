import { MultiDirectedGraph } from "graphology";
import { write as writeGexf } from "graphology-gexf";
import type { Edge, Entity, GraphData, SourceRef } from "./model.js";

/** The formats `exportGraph` writes: Gephi and Cytoscape open GEXF and GraphML. */
export const EXPORT_FORMATS = ["gexf", "graphml", "json"] as const;

/** One of {@link EXPORT_FORMATS}. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What an exported node carries: plain strings and booleans, as graph tools expect. */
interface ExportedNode {
  readonly [key: string]: string | boolean;
  readonly label: string;
  readonly kind: string;
  readonly summary: string;
  readonly aliases: string;
  readonly sources: string;
}

/** What an exported edge carries. */
interface ExportedEdge {
  readonly [key: string]: string | boolean;
  readonly relation: string;
  readonly explanation: string;
  readonly sources: string;
}

const cited = (sources: readonly SourceRef[]) =>
  sources.map((s) => `${s.doc} § ${s.section}`).join("; ");

function nodeOf(e: Entity): ExportedNode {
  const extra: Record<string, string | boolean> = {};
  if (e.kind === "BODY_STRUCTURE") extra.region = e.region;
  if (e.kind === "SYMPTOM") extra.redFlag = e.redFlag;
  if (e.kind === "TREATMENT") extra.phase = e.phase;
  return {
    label: e.name,
    kind: e.kind,
    summary: e.summary,
    aliases: e.aliases.join("; "),
    sources: cited(e.sources),
    ...extra,
  };
}

const edgeOf = (e: Edge): ExportedEdge => ({
  relation: e.relation,
  explanation: e.explanation,
  sources: cited(e.sources),
});

/** The graph with each node's and edge's attributes flattened for export, in id order. */
function exportable(data: GraphData): MultiDirectedGraph<ExportedNode, ExportedEdge> {
  const graph = new MultiDirectedGraph<ExportedNode, ExportedEdge>();
  for (const id of [...data.entities.keys()].sort()) {
    const entity = data.entities.get(id);
    if (entity !== undefined) graph.addNode(id, nodeOf(entity));
  }
  for (const edge of data.edges)
    graph.addDirectedEdgeWithKey(edge.key, edge.from, edge.to, edgeOf(edge));
  return graph;
}

const XML_ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};
const xml = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ENTITIES[c] ?? c);

/**
 * GraphML (graphology has no GraphML writer, only a parser: a test reads this back with
 * it). Every attribute is declared as a string key, or boolean where it is one.
 */
function toGraphml(graph: MultiDirectedGraph<ExportedNode, ExportedEdge>): string {
  const keys = new Map<string, { for: "node" | "edge"; type: string }>();
  const declare = (on: "node" | "edge", attrs: Readonly<Record<string, string | boolean>>) => {
    for (const [k, v] of Object.entries(attrs))
      if (!keys.has(`${on}:${k}`)) keys.set(`${on}:${k}`, { for: on, type: typeof v });
  };
  graph.forEachNode((_id, a) => declare("node", a));
  graph.forEachEdge((_key, a) => declare("edge", a));
  const data = (on: "node" | "edge", attrs: Readonly<Record<string, string | boolean>>) =>
    Object.entries(attrs)
      .map(([k, v]) => `<data key="${xml(`${on}:${k}`)}">${xml(String(v))}</data>`)
      .join("");
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...[...keys].map(
      ([id, k]) =>
        `<key id="${xml(id)}" for="${k.for}" attr.name="${xml(id.slice(k.for.length + 1))}" attr.type="${k.type === "boolean" ? "boolean" : "string"}"/>`,
    ),
    '<graph edgedefault="directed">',
  ];
  graph.forEachNode((id, a) => lines.push(`<node id="${xml(id)}">${data("node", a)}</node>`));
  graph.forEachEdge((key, a, source, target) =>
    lines.push(
      `<edge id="${xml(key)}" source="${xml(source)}" target="${xml(target)}">${data("edge", a)}</edge>`,
    ),
  );
  lines.push("</graph>", "</graphml>", "");
  return lines.join("\n");
}

/**
 * The whole graph in `format`, for the tools people look at graphs with: GEXF (Gephi,
 * written by graphology-gexf), GraphML (Gephi, Cytoscape, yEd) or graphology's own JSON
 * serialisation. Nodes carry their name as label, kind, summary, aliases and cited
 * sources; edges their relation, explanation and sources. Size is linear in the graph.
 */
export function exportGraph(data: GraphData, format: ExportFormat): string {
  const graph = exportable(data);
  if (format === "gexf") return writeGexf(graph, { version: "1.3" });
  if (format === "graphml") return toGraphml(graph);
  return `${JSON.stringify(graph.export(), null, 2)}\n`;
}
