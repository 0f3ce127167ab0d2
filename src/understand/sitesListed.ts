import { clauseWith } from "./clauseShape.js";
import type { Lexicon } from "./Lexicon.js";
import type { Clause, ClauseMention } from "./readClauses.js";
import { rewriteClauses } from "./rewriteClauses.js";
import type { Token } from "./types.js";

/** What a listed site takes from the clause it is listed after: what is felt and when. */
const SHARED: ReadonlySet<ClauseMention["concept"]["type"]> = new Set(["FEELING", "TIMING"]);

/**
 * Framed clauses with each of the runner's that only lists sites (and sides) after a clause
 * that says what is felt given that clause's feelings and times, denied or not: the sites
 * share them.
 * - Joined by "and" (or listed after a comma, "X, Y and Z") to a clause that names a site
 *   and what is felt there: "sore heel and ankle", "pain in my hip, knee and ankle", "no
 *   swelling in my heel and ankle" (both denied). A site that says something of its own
 *   ("sore heel and my ankle is swollen") is no list.
 * - Answering a clause that says what is felt but names no site, two sites or more:
 *   "Where does it hurt? -> hip and ankle" (the question's own clause reads the first of
 *   them already).
 * Not another person's, asked, hedged, feared or ending in a question mark, nor a site set
 * aside ("and not my ankle"). One pass over the clauses, a few token looks each.
 */
export function sitesListed(
  clauses: Clause[],
  tokens: readonly Token[],
  lexicon: Lexicon,
): Clause[] {
  return rewriteClauses(clauses, (clause, i) => {
    const before = clauses[i - 1];
    if (before === undefined || before.whose !== "RUNNER" || clause.whose !== "RUNNER") return null;
    if (before.other || clause.other || before.asked || before.hedged || clause.asked) return null;
    if (clause.hedged || clause.feared || tokens[clause.to]?.folded === "?") return null;
    let sites = 0;
    for (const m of clause.mentions) {
      if (m.negated) return null;
      if (m.concept.type === "SITE") sites++;
      else if (m.concept.type !== "SIDE") return null;
    }
    if (sites === 0) return null;
    const felt = before.mentions.filter((m) => SHARED.has(m.concept.type));
    if (!felt.some((m) => m.concept.type === "FEELING")) return null;
    const sited = before.mentions.some((m) => m.concept.type === "SITE");
    if (sited ? before.feared || !joined(before, clause, sites, tokens, lexicon) : sites < 2)
      return null;
    return clauseWith(clause, { mentions: [...clause.mentions, ...felt] });
  });
}

/**
 * Whether `clause` goes on a list `before` started: only a list word ("and", "n", "&") or
 * "+", fillers and "my" lie between before's last mention and clause's first site, or a
 * comma opens a clause listing two sites or more ("sore heel, arch and ankle").
 */
function joined(
  before: Clause,
  clause: Clause,
  sites: number,
  tokens: readonly Token[],
  lexicon: Lexicon,
): boolean {
  const last = before.mentions[before.mentions.length - 1];
  const first = clause.mentions[0];
  if (last === undefined || first === undefined) return false;
  let and = false;
  let comma = false;
  for (let at = last.to; at < first.from; at++) {
    const t = tokens[at] as Token;
    if (t.folded === "+" || lexicon.longestAt(tokens, at)?.concept.type === "LIST") and = true;
    else if (t.folded === ",") comma = true;
    else if (!lexicon.fillers.has(t.stem) && !lexicon.frames.firstPerson.has(t.stem)) return false;
  }
  return and || (comma && sites >= 2);
}
