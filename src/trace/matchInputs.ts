import type { KnowledgeGraph } from "../graph/buildGraph.js";
import type { EntityKind } from "../graph/model.js";
import type { TextMatcher, TraceMatch, WorkMeter } from "./types.js";

/** Kinds an input may match: what a runner can report. */
export const EVIDENCE_KINDS: readonly EntityKind[] = ["SYMPTOM", "CAUSE", "CONDITION"];

/** Kinds an input may name by id: the evidence kinds and mechanisms. */
const ID_KINDS: readonly EntityKind[] = [...EVIDENCE_KINDS, "MECHANISM"];

/**
 * Least share of a text's meaning (rarity-weighted query terms) that a hit must cover to
 * count as a match. Below it the input is reported as unmatched rather than guessed:
 * "sore throat" covers only the common word "sore" and stays unmatched.
 */
export const MIN_COVERAGE = 0.6;

/** Where free text is split into clauses, so one sentence can report several things. */
const CLAUSE_BREAK = /[,;.!?]+|\s+(?:and|but|also|plus|with|then)\s+/i;

/**
 * Matches each input: an exact id of a symptom, cause, condition or mechanism; or free
 * text, matched clause by clause ("stabbing pain under my heel, worse in the morning"
 * reports two symptoms) against symptoms, causes and conditions. A clause matches the
 * hit whose name or alias it is exactly, else the best hit covering at least
 * {@link MIN_COVERAGE} of its meaning; a text with no matching clause is tried whole, and
 * is unmatched if that fails too. Matches keep input order; an entity matched twice is
 * kept once, with its first input.
 */
export function matchInputs(
  graph: KnowledgeGraph,
  matcher: TextMatcher,
  inputs: readonly string[],
  meter?: WorkMeter,
): { matched: TraceMatch[]; unmatched: string[] } {
  const matched: TraceMatch[] = [];
  const unmatched: string[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    const found = matchOne(graph, matcher, input, meter);
    if (found.length === 0) unmatched.push(input);
    for (const match of found) {
      if (seen.has(match.entity.id)) continue;
      seen.add(match.entity.id);
      matched.push(match);
    }
  }
  return { matched, unmatched };
}

/**
 * Most text searches one input can cost: one per clause, plus the whole text when it has
 * several clauses and none matched; also the most entities it can match. The cost model
 * counts a trace's work with it before the trace runs.
 */
export function textSearches(input: string): number {
  const clauses = input.split(CLAUSE_BREAK).filter((c) => c.trim().length > 0).length;
  return clauses > 1 ? clauses + 1 : 1;
}

function matchOne(
  graph: KnowledgeGraph,
  matcher: TextMatcher,
  input: string,
  meter: WorkMeter | undefined,
): TraceMatch[] {
  const id = input.trim();
  if (graph.hasNode(id)) {
    const entity = graph.getNodeAttribute(id, "entity");
    if (ID_KINDS.includes(entity.kind)) return [{ input, entity, method: "ID", confidence: 1 }];
  }
  const clauses = input.split(CLAUSE_BREAK).filter((c) => c.trim().length > 0);
  if (clauses.length > 1) {
    const parts = clauses.flatMap((clause) => matchText(matcher, input, clause, meter));
    if (parts.length > 0) return parts;
  }
  return matchText(matcher, input, input, meter);
}

function matchText(
  matcher: TextMatcher,
  input: string,
  text: string,
  meter: WorkMeter | undefined,
): TraceMatch[] {
  meter?.("search", 1);
  const hits = matcher.match(text, EVIDENCE_KINDS);
  const best = hits.find((h) => h.exact) ?? hits.find((h) => h.coverage >= MIN_COVERAGE);
  if (best === undefined) return [];
  return [
    {
      input,
      entity: best.entity,
      method: "TEXT",
      confidence: best.exact ? 1 : Math.min(1, best.coverage),
    },
  ];
}
