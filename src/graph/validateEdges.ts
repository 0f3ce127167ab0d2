import { citationProblems } from "./citationProblems.js";
import type { Suggest } from "./didYouMean.js";
import { entryProblem, type ProblemAt } from "./entryProblem.js";
import type { GraphDataProblem } from "./GraphDataProblem.js";
import { type Edge, type Entity, edgeKey, relationRule, type SourceDocument } from "./model.js";
import type { ParsedFile } from "./ParsedFile.js";
import { normalizeText } from "./toEntity.js";

/**
 * The edges of every file that are sound, in file order. Each problem is pushed onto
 * `problems`: an end naming no node (UNKNOWN_NODE, with the closest id; not for a node
 * that failed the schema, in `invalidIds`), an end of a kind the relation does not take
 * (ENDPOINT_KIND), a self loop, an edge given twice, and bad citations; `suggest` names the
 * closest ids. Edges that failed the schema still have their ends and citations checked.
 */
export function validateEdges(
  files: readonly ParsedFile[],
  entities: ReadonlyMap<string, Entity>,
  documents: ReadonlyMap<string, SourceDocument>,
  invalidIds: ReadonlySet<string>,
  problems: GraphDataProblem[],
  suggest: Suggest,
): Edge[] {
  const edges: Edge[] = [];
  const seenEdges = new Map<string, Edge>();
  for (const f of files) {
    for (const { raw, index: i } of f.edges) {
      const key = edgeKey(raw.from, raw.relation, raw.to);
      const at: ProblemAt = {
        file: f,
        path: ["edges", i],
        entry: `${raw.from} -${raw.relation}-> ${raw.to}`,
      };
      const origin = { file: f.file, line: f.lineOf(["edges", i]) };
      let ok = true;
      for (const end of ["from", "to"] as const) {
        const id = raw[end];
        const node = entities.get(id);
        const rule = relationRule(raw.relation);
        const allowed = end === "from" ? rule.from : rule.to;
        if (node === undefined) {
          ok = false;
          if (!invalidIds.has(id)) problems.push(unknownNode(at, end, id, entities, suggest));
        } else if (!allowed.includes(node.kind)) {
          ok = false;
          problems.push(
            entryProblem(
              at,
              "ENDPOINT_KIND",
              `${raw.relation} cannot ${end === "from" ? "start at" : "end at"} ${node.kind} "${id}" (${rule.meaning})`,
              `${raw.relation} goes from ${rule.from.join(" | ")} to ${rule.to.join(" | ")}: pick another relation or endpoint`,
              [end],
            ),
          );
        }
      }
      if (raw.from === raw.to) {
        ok = false;
        problems.push(
          entryProblem(
            at,
            "SELF_LOOP",
            `edge points from "${raw.from}" to itself`,
            "point the edge at another node or remove it",
          ),
        );
      }
      const previous = seenEdges.get(key);
      if (previous !== undefined) {
        ok = false;
        problems.push(
          entryProblem(
            at,
            "DUPLICATE_EDGE",
            `the same edge is already defined at ${previous.origin.file}:${previous.origin.line}`,
            "remove one of the two (merge their sources if both matter)",
          ),
        );
      }
      problems.push(...citationProblems(raw.sources, documents, at, suggest));
      if (!ok) continue;
      const edge: Edge = {
        key,
        from: raw.from,
        relation: raw.relation,
        to: raw.to,
        explanation: normalizeText(raw.explanation),
        common: raw.common ?? false,
        sources: raw.sources,
        origin,
      };
      seenEdges.set(key, edge);
      edges.push(edge);
    }
    // Edges that failed the schema: their ends and citations, so one load lists them all.
    for (const { raw, index: i } of f.invalidEdges) {
      const at: ProblemAt = { file: f, path: ["edges", i], entry: raw.entry };
      for (const end of ["from", "to"] as const) {
        const id = raw[end];
        if (id === null || entities.has(id) || invalidIds.has(id)) continue;
        problems.push(unknownNode(at, end, id, entities, suggest));
      }
      problems.push(...citationProblems(raw.sources, documents, at, suggest));
    }
  }
  return edges;
}

/** UNKNOWN_NODE: the edge's `end` names no node, with the closest ids. */
function unknownNode(
  at: ProblemAt,
  end: "from" | "to",
  id: string,
  entities: ReadonlyMap<string, Entity>,
  suggest: Suggest,
): GraphDataProblem {
  return entryProblem(
    at,
    "UNKNOWN_NODE",
    `"${end}: ${id}" names no node`,
    `define a node with id "${id}" or correct the id${suggest(id, entities.keys())}`,
    [end],
  );
}
