import type { Side } from "../graph/index.js";
import { clauseWith } from "./clauseShape.js";
import { asserted } from "./doubleNegated.js";
import type { Clause, ClauseMention } from "./readClauses.js";
import { denied, SIGNS } from "./signsOver.js";

const NO_SIDES: readonly Side[] = [];

/**
 * What another person's clause says, denied by the runner and at the same sites (their
 * side is not the runner's): "my wife's heel hurts, mine doesn't"; or, `mirrored`, what it
 * denies of them, reported by the runner ("my wife's heel isn't numb but mine is").
 */
export function deniedByTheRunner(clause: Clause, mirrored = false): Clause {
  const mentions: ClauseMention[] = [];
  for (const m of clause.mentions)
    if (m.concept.type === "SITE") mentions.push(m);
    else if (!SIGNS.has(m.concept.type) || m.negated !== mirrored) continue;
    else mentions.push(mirrored ? asserted(m) : denied(m));
  return clauseWith(clause, {
    mentions,
    quantities: [],
    sides: NO_SIDES,
    other: false,
    animal: false,
    whose: "RUNNER",
    hedged: false,
  });
}
