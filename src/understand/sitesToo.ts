import { clauseWith } from "./clauseShape.js";
import type { Lexicon } from "./Lexicon.js";
import type { Clause, ClauseMention } from "./readClauses.js";
import { rewriteClauses } from "./rewriteClauses.js";
import type { Token } from "./types.js";

/** What a site named alone with "too" takes from the clause before: what is felt and when. */
const SHARED: ReadonlySet<ClauseMention["concept"]["type"]> = new Set(["FEELING", "TIMING"]);

/**
 * Framed clauses with each one of the runner's that names only a site (and a side), asks
 * nothing and ends with a `sitesToo` word ("..., and my ankle too", "knee sore, ankle as
 * well") given what the runner's clause before it says is felt there and when, not denied nor
 * said over nor asked: the runner says the second site has it too (another person's sign
 * echoed, "my wife's heel is numb, my heel too", is frameClauses' own). Nothing
 * else changes ("my heel is numb. me too" is alsoMine's; a clause saying something of its own,
 * "my ankle aches too", keeps its own words). One pass over the clauses; each clause's last
 * words looked up once per phrase length.
 */
export function sitesToo(clauses: Clause[], tokens: readonly Token[], lexicon: Lexicon): Clause[] {
  return rewriteClauses(clauses, (clause, i) => {
    const before = clauses[i - 1];
    // Framed: both the runner's, neither asked nor feared, this one no question ("my heel too?").
    if (before === undefined || before.whose !== "RUNNER" || clause.whose !== "RUNNER") return null;
    if (before.asked || before.hedged || before.feared || clause.asked || clause.hedged)
      return null;
    if (tokens[clause.to]?.folded === "?") return null;
    let site = false;
    for (const m of clause.mentions) {
      if (m.concept.type === "SITE") site = true;
      else if (m.concept.type !== "SIDE") return null;
    }
    if (!site || !endsToo(clause, tokens, lexicon)) return null;
    const felt = before.mentions.filter((m) => SHARED.has(m.concept.type) && !m.negated);
    if (felt.length === 0) return null;
    return clauseWith(clause, { mentions: [...clause.mentions, ...felt] });
  });
}

/** Whether a `sitesToo` phrase ends the clause (at most its longest phrase's length looks). */
function endsToo(clause: Clause, tokens: readonly Token[], lexicon: Lexicon): boolean {
  const too = lexicon.frames.sitesToo;
  for (let at = Math.max(clause.from, clause.to - too.longest); at < clause.to; at++)
    if (too.endAt(tokens, at, clause.to) === clause.to) return true;
  return false;
}
