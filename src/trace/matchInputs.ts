import type { KnowledgeGraph } from "../graph/buildGraph.js";
import type { EntityKind } from "../graph/model.js";
import type { TextMatcher, TraceMatch } from "./types.js";

/** Kinds an input may match: what a runner can report. */
export const EVIDENCE_KINDS: readonly EntityKind[] = ["SYMPTOM", "CAUSE", "CONDITION"];

/**
 * Least share of a text's meaning (rarity-weighted query terms) that a hit must cover to
 * count as a match. Below it the input is reported as unmatched rather than guessed:
 * "sore throat" covers only the common word "sore" and stays unmatched.
 */
export const MIN_COVERAGE = 0.6;

/**
 * Matches each input to one entity: an exact id of a symptom, cause, condition or
 * mechanism, or else the best free-text hit among symptoms, causes and conditions that
 * covers at least {@link MIN_COVERAGE} of the text. Returns matched and unmatched inputs
 * in input order; a repeated entity is kept once, with its first input.
 */
export function matchInputs(
  graph: KnowledgeGraph,
  matcher: TextMatcher,
  inputs: readonly string[],
): { matched: TraceMatch[]; unmatched: string[] } {
  const matched: TraceMatch[] = [];
  const unmatched: string[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    const match = matchOne(graph, matcher, input);
    if (match === null) unmatched.push(input);
    else if (!seen.has(match.entity.id)) {
      seen.add(match.entity.id);
      matched.push(match);
    }
  }
  return { matched, unmatched };
}

function matchOne(graph: KnowledgeGraph, matcher: TextMatcher, input: string): TraceMatch | null {
  const id = input.trim();
  if (graph.hasNode(id)) {
    const entity = graph.getNodeAttribute(id, "entity");
    if ([...EVIDENCE_KINDS, "MECHANISM"].includes(entity.kind)) {
      return { input, entity, method: "ID", confidence: 1 };
    }
  }
  const best = matcher.match(input, EVIDENCE_KINDS).find((hit) => hit.coverage >= MIN_COVERAGE);
  if (best === undefined) return null;
  return { input, entity: best.entity, method: "TEXT", confidence: Math.min(1, best.coverage) };
}
