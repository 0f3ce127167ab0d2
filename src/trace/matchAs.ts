import type { Entity } from "../graph/index.js";
import type { TraceMatch } from "./types.js";

/**
 * `m` as a match of `entity`, counted as nothing else, written as one literal in the order
 * every match is made (see matchInputs' idMatch): a spread's copy would be a match of a
 * shape of its own, and the trace's steps met it rarely enough for V8 to drop their
 * optimised code each time (see understand's clauseShape).
 */
export function matchAs(m: TraceMatch, entity: Entity): TraceMatch {
  // Every field named: one added to TraceMatch and left out here is a type error.
  const shaped: { [K in keyof Required<TraceMatch>]: TraceMatch[K] } = {
    input: m.input,
    entity,
    method: m.method,
    confidence: m.confidence,
    weight: m.weight,
    words: m.words,
    whose: m.whose,
    countsAs: null,
  };
  return shaped;
}
