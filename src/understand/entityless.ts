import type { Side, VocabularySite } from "../graph/index.js";
import { ids } from "./Candidate.js";
import type { Clause, ClauseMention } from "./readClauses.js";
import type { Finding } from "./types.js";

/**
 * A finding that matches no entity: what was understood (a site, what is felt there, when)
 * though no profile reads it, so the answer can still say it was read.
 */
export function entityless(
  where: { text: string; start: number; end: number },
  present: boolean,
  clause: Clause,
  side: Side | null,
  site: VocabularySite | null,
  feelings: readonly ClauseMention[],
): Finding {
  return {
    text: where.text,
    start: where.start,
    end: where.end,
    present,
    whose: clause.whose,
    side,
    site,
    feelings: ids(feelings, "FEELING"),
    timings: ids(clause.mentions, "TIMING"),
    quantity: null,
    entity: null,
    confidence: null,
    weight: null,
    basis: null,
    countsAs: null,
  };
}
