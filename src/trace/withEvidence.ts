import type { Entity, KnowledgeGraph } from "../graph/index.js";
import { entityAt } from "../graph/index.js";
import { isWarningSign } from "./isWarningSign.js";
import { matchAs } from "./matchAs.js";
import { EVIDENCE_KINDS, idMatch, type MatchedInputs } from "./matchInputs.js";
import type { Evidence } from "./TraceOptions.js";
import type { TraceMatch } from "./types.js";

/**
 * The reading with the answers applied: a yes is reported (as if given by id) and no
 * longer absent; a no is absent and no longer reported. Answers override the text, except
 * a no to a warning sign the words report, which stands (red flags win); answers
 * speak of the body the report is about, so beside the runner's report a no leaves another
 * person's sign standing (red flags win), and a yes makes it the runner's too. A no to the
 * pain a reading counts as ("my ankle aches", then no pain at the front, back or sides)
 * drops that reading too, a yes to it confirms the reading, a yes to its condition makes
 * the condition certain, and a no to its condition leaves the pain reported as itself.
 */
export function withEvidence(
  graph: KnowledgeGraph,
  read: MatchedInputs,
  evidence: readonly Evidence[],
): { matched: TraceMatch[]; absent: Entity[] } {
  const readAbsent = read.absent;
  // Without answers the reading stands as it is (matchInputs made these arrays for us).
  if (evidence.length === 0) return { matched: [...read.matched], absent: [...readAbsent] };
  const answers = new Map(evidence.map((e) => [e.id, e.present]));
  const described = (m: TraceMatch) => m.whose === "RUNNER" || read.about === "SOMEONE_ELSE";
  const matched = read.matched.flatMap((m): TraceMatch[] => {
    const answer = answers.get(m.entity.id);
    // A warning sign the runner's words report stands against a no: red flags win.
    if (answer === false && described(m) && isWarningSign(m.entity)) return [m];
    if (m.countsAs === null) return answer === undefined || described(m) === answer ? [m] : [];
    const pain = answers.get(m.countsAs.id);
    if (!described(m)) return answer === true ? [] : [m];
    if (pain === false) return [];
    if (answer === true) return [idMatch(m.entity.id, m.entity)];
    // A no to the condition a generic reading named leaves the pain the runner reported.
    return answer === false ? [matchAs(m, m.countsAs)] : [m];
  });
  const absent = readAbsent.filter((e) => answers.get(e.id) !== true);
  for (const [id, present] of answers) {
    const entity = entityAt(graph, id);
    if (entity === null || !EVIDENCE_KINDS.includes(entity.kind)) continue;
    if (!present) {
      const standing = matched.some((m) => m.entity.id === id && described(m));
      if (!standing && !absent.some((e) => e.id === id)) absent.push(entity);
    } else if (!matched.some((m) => m.entity.id === id || (m.countsAs?.id === id && described(m))))
      matched.push(idMatch(id, entity));
  }
  return { matched, absent };
}
