import { checkWarningSigns } from "./checkWarningSigns.js";
import { citationProblems } from "./citationProblems.js";
import { collectDocuments } from "./collectDocuments.js";
import { didYouMean } from "./didYouMean.js";
import { entryProblem, type ProblemAt } from "./entryProblem.js";
import type { FindingProfile } from "./FindingProfile.js";
import { findCycles } from "./findCycles.js";
import type { GraphDataProblem } from "./GraphDataProblem.js";
import {
  type Edge,
  type Entity,
  type Origin,
  RELATIONS,
  type Relation,
  relationRule,
  type SourceDocument,
} from "./model.js";
import type { ParsedFile } from "./ParsedFile.js";
import { toEntity } from "./toEntity.js";
import { validateEdges } from "./validateEdges.js";
import { validateVocabulary } from "./validateVocabulary.js";
import type { Vocabulary } from "./vocabulary.js";

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
  // One bounded budget for every "did you mean" of this load.
  const suggest = didYouMean();

  // Where each node id was first defined, by a node valid or not (so a node that failed
  // the schema still has its duplicates and citations reported).
  const defined = new Map<string, Origin>();
  for (const f of files) {
    const nodes = [
      ...f.nodes.map((n) => ({ ...n, valid: true as const })),
      ...f.invalidNodes.map((n) => ({ ...n, valid: false as const })),
    ].sort((a, b) => a.index - b.index);
    for (const node of nodes) {
      const { id, sources } = node.raw;
      const at: ProblemAt = { file: f, path: ["nodes", node.index], entry: id };
      const first = defined.get(id);
      if (first !== undefined) {
        problems.push(
          entryProblem(
            at,
            "DUPLICATE_ID",
            `node id "${id}" is already defined at ${first.file}:${first.line}`,
            "give this node another id, or merge the two entries",
          ),
        );
        continue;
      }
      const origin = { file: f.file, line: f.lineOf(["nodes", node.index]) };
      defined.set(id, origin);
      problems.push(...citationProblems(sources, documents, at, suggest));
      if (node.valid) entities.set(id, toEntity(node.raw, origin));
    }
  }

  const edges = validateEdges(files, entities, documents, invalidIds, problems, suggest);

  problems.push(
    ...checkWarningSigns(
      documents,
      entities,
      (id) => documentOrigins.get(id) ?? { file: "sources", line: 1 },
      suggest,
    ),
    ...cycleProblems(edges),
    ...orphanProblems(entities, edges),
  );
  const synonyms = files.flatMap((f) => f.synonyms.map((g) => [...g]));
  const {
    vocabulary,
    findings,
    problems: vocabularyProblems,
  } = validateVocabulary(files, entities, documents, suggest);
  problems.push(...vocabularyProblems);
  return { documents, entities, edges, synonyms, vocabulary, findings, problems };
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

/** A warning for each node no edge touches. */
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
