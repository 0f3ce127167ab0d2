import type { KnowledgeBase } from "../src/knowledge/index.js";
import type { FindingBasis } from "../src/understand/index.js";
import { loadComplaints, matchKey } from "../tests/understand/labelMetrics.js";

// The matches a confidence is fitted on: the real reader on each labelled set, each match
// scored right or wrong as the held-out tests score it (scripts/confidenceFit.ts fits them).

/** The held-out sets the confidence is fitted on (tests/understand), written blind. */
export const HELD_OUT_SETS = ["heldout", "heldout2", "heldout3", "heldout4", "heldout5"] as const;
/** The tuned set: the reader was built on it, so it is reported, never fitted on. */
export const TUNED_SET = "complaints";
/** Most complaints read from one set (the sets hold about 200-500): a bound, not a sample. */
export const MAX_COMPLAINTS_PER_SET = 5000;

/** One match of the reader on a labelled complaint, scored. */
export interface ScoredMatch {
  /** The set it comes from (its file name without .yaml). */
  readonly set: string;
  readonly entityId: string;
  readonly kind: string;
  readonly redFlag: boolean;
  readonly present: boolean;
  /** Whose body the finding is about (the runner's, or another person's). */
  readonly whose: string;
  readonly basis: FindingBasis;
  /** Its entity and presence are labelled. */
  readonly right: boolean;
  /** The confidence the reader reported it with (the committed table). */
  readonly reported: number;
  /** Words and matches of its whole complaint. */
  readonly complaintWords: number;
  readonly complaintMatches: number;
}

/** Reads every complaint of `set` (tests/understand/<set>.yaml) and scores each match. */
export function scoreSet(kb: KnowledgeBase, set: string): ScoredMatch[] {
  const url = new URL(`../tests/understand/${set}.yaml`, import.meta.url);
  const cases = loadComplaints(url).slice(0, MAX_COMPLAINTS_PER_SET);
  const out: ScoredMatch[] = [];
  for (const c of cases) {
    const want = new Set([
      ...c.present.map((id) => matchKey(true, id)),
      ...c.absent.map((id) => matchKey(false, id)),
    ]);
    const matched = kb.reader.read(c.text).findings.filter((f) => f.entity !== null);
    const complaintWords = c.text.split(/\s+/u).filter((w) => w.length > 0).length;
    for (const f of matched) {
      if (f.entity === null || f.basis === null) continue;
      const e = f.entity;
      out.push({
        set,
        entityId: e.id,
        kind: e.kind,
        redFlag: e.kind === "SYMPTOM" && e.redFlag,
        present: f.present,
        whose: f.whose,
        basis: f.basis,
        right: want.has(matchKey(f.present, e.id)),
        reported: f.confidence ?? 0,
        complaintWords,
        complaintMatches: matched.length,
      });
    }
  }
  return out;
}
