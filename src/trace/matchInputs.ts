import type { KnowledgeGraph } from "../graph/buildGraph.js";
import { entityAt } from "../graph/entityAt.js";
import type { Entity, EntityKind } from "../graph/model.js";
import type { ComplaintReader, ReadContext } from "../understand/index.js";
import type { TraceMatch, WorkMeter } from "./types.js";

/** Kinds an input may match: what a runner can report. */
export const EVIDENCE_KINDS: readonly EntityKind[] = ["SYMPTOM", "CAUSE", "CONDITION"];

/** Kinds an input may name by id: the evidence kinds and mechanisms. */
const ID_KINDS: readonly EntityKind[] = [...EVIDENCE_KINDS, "MECHANISM"];

/** What the inputs of a trace were read as. */
export interface MatchedInputs {
  /** What the runner reports, in input order; each entity once, with its first input. */
  readonly matched: TraceMatch[];
  /** What the runner denies ("no numbness"), each once; never one that is also reported. */
  readonly absent: Entity[];
  /** Inputs in which nothing was understood. */
  readonly unmatched: string[];
}

/**
 * Reads each input: an exact id of a symptom, cause, condition or mechanism, or free text
 * read by the complaint reader (src/understand), the inputs in order as parts of one
 * report, so a site named in one carries to the next ("my heel hurts", "worse in the
 * morning"). Reported findings become matches that say which words matched; denied ones
 * become absent evidence. An input with no finding matching an entity is unmatched,
 * never guessed. A condition read from generic pain keeps the symptom it counts as (see
 * TraceMatch.countsAs); denied, that symptom is what is absent; named later, or given by
 * id, the condition itself replaces the reading.
 */
export function matchInputs(
  graph: KnowledgeGraph,
  reader: ComplaintReader,
  inputs: readonly string[],
  meter?: WorkMeter,
): MatchedInputs {
  const matched: TraceMatch[] = [];
  const denied = new Map<string, Entity>();
  const unmatched: string[] = [];
  const seen = new Set<string>();
  let context: ReadContext = { site: null, side: null, felt: new Set() };
  for (const input of inputs) {
    const id = input.trim();
    const entity = entityAt(graph, id);
    if (entity !== null && ID_KINDS.includes(entity.kind)) {
      const at = matched.findIndex((m) => m.entity.id === id);
      // An id is the entity itself, certain even where a reading only counted it as a pain.
      const match = idMatch(input, entity);
      if (at < 0) matched.push(match);
      else if ((matched[at] as TraceMatch).countsAs !== null) matched[at] = match;
      seen.add(id);
      continue;
    }
    meter?.("search", 1);
    const read = reader.read(input, context);
    context = { site: read.lastSite, side: read.lastSide, felt: read.lastFelt };
    const found = read.findings.filter((f) => f.entity !== null);
    if (found.length === 0) unmatched.push(input);
    for (const f of found) {
      const e = f.entity as Entity;
      if (!f.present) {
        // Generic pain denied is that pain denied, as it would be weighed reported.
        const d = f.countsAs ?? e;
        denied.set(d.id, d);
        continue;
      }
      if (seen.has(e.id)) {
        // A condition named later wins over the same read from generic pain before, unless
        // only asked about or guessed (less confident than the pain).
        const at = matched.findIndex((m) => m.entity.id === e.id);
        const old = matched[at] as TraceMatch;
        if (f.countsAs !== null || old.countsAs === null || (f.confidence ?? 0) < old.confidence)
          continue;
        matched.splice(at, 1);
      }
      seen.add(e.id);
      matched.push({
        input,
        entity: e,
        method: "TEXT",
        confidence: f.confidence ?? 0,
        weight: f.weight ?? 0,
        words: { text: f.text, start: f.start, end: f.end },
        countsAs: f.countsAs,
      });
    }
  }
  const weighed = new Set(matched.map((m) => (m.countsAs ?? m.entity).id));
  const absent = [...denied.values()].filter((e) => !seen.has(e.id) && !weighed.has(e.id));
  return { matched, absent, unmatched };
}

/** The match of an input that is an entity's id: certain, weighed as itself. */
export function idMatch(input: string, entity: Entity): TraceMatch {
  return { input, entity, method: "ID", confidence: 1, weight: 1, words: null, countsAs: null };
}
