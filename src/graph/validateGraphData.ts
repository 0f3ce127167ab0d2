import { checkWarningSigns } from "./checkWarningSigns.js";
import { findCycles } from "./findCycles.js";
import type { GraphDataProblem } from "./GraphDataProblem.js";
import {
  type Edge,
  type Entity,
  edgeKey,
  type Origin,
  RELATIONS,
  type Relation,
  relationRule,
  type SourceDocument,
  type SourceRef,
} from "./model.js";
import type { ParsedFile } from "./readGraphFiles.js";
import { normalizeText, toEntity } from "./toEntity.js";
import { validateVocabulary } from "./validateVocabulary.js";
import type { FindingProfile, Vocabulary } from "./vocabulary.js";

/** Entities, edges and documents gathered from every file, with every problem found. */
export interface ValidationResult {
  readonly documents: Map<string, SourceDocument>;
  readonly entities: Map<string, Entity>;
  readonly edges: Edge[];
  readonly synonyms: string[][];
  readonly vocabulary: Vocabulary;
  readonly findings: Map<string, FindingProfile>;
  readonly problems: GraphDataProblem[];
}

/**
 * Checks the integrity of the parsed files as a whole: duplicate and unknown ids, relation
 * endpoint kinds, citations of unknown documents or sections, cycles along acyclic
 * relations, and orphan nodes (a warning). Returns every problem, never stops at the first.
 */
export function validateGraphData(files: readonly ParsedFile[]): ValidationResult {
  const problems: GraphDataProblem[] = [];
  const documentOrigins = new Map<string, Origin>();
  const documents = collectDocuments(files, problems, documentOrigins);
  const entities = new Map<string, Entity>();
  const invalidIds = new Set(files.flatMap((f) => [...f.invalidIds]));

  const checkSources = (refs: readonly SourceRef[], at: ProblemAt) => {
    refs.forEach((ref, i) => {
      const doc = documents.get(ref.doc);
      if (doc === undefined) {
        problems.push(
          error(
            at,
            "UNKNOWN_DOCUMENT",
            `cites document "${ref.doc}", which is not declared`,
            `use one of: ${[...documents.keys()].join(", ") || "(none declared)"}`,
            ["sources", i],
          ),
        );
      } else if (!doc.sections.includes(ref.section)) {
        problems.push(
          error(
            at,
            "UNKNOWN_SECTION",
            `cites section "${ref.section}", which document "${doc.id}" does not list`,
            `use one of its sections: ${doc.sections.join(" | ")}`,
            ["sources", i],
          ),
        );
      }
    });
  };

  for (const f of files) {
    for (const { raw, index: i } of f.nodes) {
      const at: ProblemAt = { file: f, path: ["nodes", i], entry: raw.id };
      const first = entities.get(raw.id);
      if (first !== undefined) {
        problems.push(
          error(
            at,
            "DUPLICATE_ID",
            `node id "${raw.id}" is already defined at ${first.origin.file}:${first.origin.line}`,
            "give this node another id, or merge the two entries",
          ),
        );
        continue;
      }
      checkSources(raw.sources, at);
      entities.set(raw.id, toEntity(raw, { file: f.file, line: f.lineOf(["nodes", i]) }));
    }
  }

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
          if (!invalidIds.has(id)) {
            problems.push(
              error(
                at,
                "UNKNOWN_NODE",
                `"${end}: ${id}" names no node`,
                `define a node with id "${id}" or correct the id${suggest(id, entities)}`,
                [end],
              ),
            );
          }
        } else if (!allowed.includes(node.kind)) {
          ok = false;
          problems.push(
            error(
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
          error(
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
          error(
            at,
            "DUPLICATE_EDGE",
            `the same edge is already defined at ${previous.origin.file}:${previous.origin.line}`,
            "remove one of the two (merge their sources if both matter)",
          ),
        );
      }
      checkSources(raw.sources, at);
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
  }

  problems.push(
    ...checkWarningSigns(
      documents,
      entities,
      (id) => documentOrigins.get(id) ?? { file: "sources", line: 1 },
    ),
    ...cycleProblems(edges),
    ...orphanProblems(entities, edges),
  );
  const synonyms = files.flatMap((f) => f.synonyms.map((g) => [...g]));
  const {
    vocabulary,
    findings,
    problems: vocabularyProblems,
  } = validateVocabulary(files, entities, documents);
  problems.push(...vocabularyProblems);
  return { documents, entities, edges, synonyms, vocabulary, findings, problems };
}

interface ProblemAt {
  readonly file: ParsedFile;
  readonly path: readonly (string | number)[];
  readonly entry: string | null;
}

function error(
  at: ProblemAt,
  code: GraphDataProblem["code"],
  message: string,
  fix: string,
  sub: readonly (string | number)[] = [],
): GraphDataProblem {
  return {
    code,
    severity: "error",
    file: at.file.file,
    line: at.file.lineOf([...at.path, ...sub]),
    entry: at.entry,
    message,
    fix,
  };
}

function collectDocuments(
  files: readonly ParsedFile[],
  problems: GraphDataProblem[],
  origins: Map<string, Origin>,
): Map<string, SourceDocument> {
  const documents = new Map<string, SourceDocument>();
  for (const f of files) {
    for (const { raw: doc, index: i } of f.sources) {
      if (documents.has(doc.id)) {
        problems.push(
          error(
            { file: f, path: ["sources", i], entry: doc.id },
            "DUPLICATE_DOCUMENT",
            `document id "${doc.id}" is declared twice`,
            "declare each document once",
          ),
        );
        continue;
      }
      documents.set(doc.id, {
        id: doc.id,
        title: doc.title,
        file: doc.file,
        sections: doc.sections,
        warningSigns: doc.warningSigns ?? null,
      });
      origins.set(doc.id, { file: f.file, line: f.lineOf(["sources", i]) });
    }
  }
  return documents;
}

/** One problem per cycle along each acyclic relation, located at the edge that closes it. */
function cycleProblems(edges: readonly Edge[]): GraphDataProblem[] {
  return RELATIONS.filter((r: Relation) => relationRule(r).acyclic).flatMap((relation) =>
    findCycles(edges.filter((e) => e.relation === relation)).map((cycle) => {
      const closing = cycle.closingEdge;
      return {
        code: "CYCLE" as const,
        severity: "error" as const,
        file: closing.origin.file,
        line: closing.origin.line,
        entry: `${closing.from} -${relation}-> ${closing.to}`,
        message: `${relation} forms a cycle: ${cycle.edges.map((e) => `${e.from} -> ${e.to} (${e.origin.file}:${e.origin.line})`).join(", ")}`,
        fix: `${relation} must not loop back: remove or reverse one edge of the cycle`,
      };
    }),
  );
}

function orphanProblems(
  entities: ReadonlyMap<string, Entity>,
  edges: readonly Edge[],
): GraphDataProblem[] {
  const linked = new Set(edges.flatMap((e) => [e.from, e.to]));
  return [...entities.values()]
    .filter((e) => !linked.has(e.id))
    .map((e) => ({
      code: "ORPHAN" as const,
      severity: "warning" as const,
      file: e.origin.file,
      line: e.origin.line,
      entry: e.id,
      message: `node "${e.id}" has no edge`,
      fix: "connect it to what it concerns (see the relations in README), or remove it",
    }));
}

/** ` (did you mean "x"?)` for the closest known id, when one is close. */
function suggest(id: string, entities: ReadonlyMap<string, Entity>): string {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(id.length / 4)) + 1;
  for (const known of entities.keys()) {
    const d = editDistance(id, known, bestDistance);
    if (d < bestDistance) {
      best = known;
      bestDistance = d;
    }
  }
  return best === null ? "" : ` (did you mean "${best}"?)`;
}

function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return prev[b.length] ?? cap;
}
