import { conceptShape } from "./Concept.js";
import { clauseWith } from "./clauseShape.js";
import type { Lexicon } from "./Lexicon.js";
import type { Clause, ClauseMention } from "./readClauses.js";
import type { Token } from "./types.js";

/** The timing a pain phrase with an onset verb says too: the heel article's sudden pain. */
const SUDDEN: ClauseMention["concept"] = conceptShape({
  type: "TIMING",
  id: "sudden",
  denies: [],
});

/**
 * Timings and the gradual factor ("type:vocabulary id") that say the pain came on slowly,
 * comes back or belongs to a routine ("hit me gradually over a few weeks", "hit me every
 * morning", "hit me after a long run"): an onset verb beside one of them says no sudden onset.
 */
const NOT_SUDDEN: ReadonlySet<string> = new Set([
  "FACTOR:gradual",
  ...[
    "weeks",
    "morning",
    "after",
    "long-runs",
    "after-long-runs",
    "night",
    "sleepless",
    "returns",
    "constant",
  ].map((id) => `TIMING:${id}`),
  ...["not-improving", "eases-moving", "rest-eases"].map((id) => `TIMING:${id}`),
]);

/** Tokens looked past a site for a `givesOut` verb (fillers: "my heel just went"). */
const GIVES_OUT_REACH = 2;

/**
 * Sudden onsets said by a site giving out ("felt my heel go", "my heel just went"): a
 * `givesOut` verb right after a site mention of the clause (past at most GIVES_OUT_REACH
 * fillers and no mark; "just" ends the clause, so the verb may be the next clause's first
 * word: "my heel just went and it hurts"), starting no phrase of the lexicon ("went numb")
 * nor a `resolved` one ("went away", "went down"), not after a verbal negation, with no
 * feeling in the two words after it ("did my heel go numb", "heard my heel go pop" say those
 * feelings instead) and no `goesHow` word right after it ("went from bad to worse"). The
 * site must be the one giving out: not the place of a feeling before it ("the pain in my
 * heel went" says the pain went) nor after a `goesLeads` word ("how my heel went").
 */
function givenOut(clause: Clause, tokens: readonly Token[], lexicon: Lexicon): ClauseMention[] {
  const found: ClauseMention[] = [];
  const { givesOut, verbalNegations, resolved, goesHow } = lexicon.frames;
  for (const m of clause.mentions) {
    if (m.concept.type !== "SITE" || !subjectSite(clause, m, tokens, lexicon)) continue;
    let at = m.to;
    while (
      at - m.to < GIVES_OUT_REACH &&
      tokens[at]?.punctuation === false &&
      lexicon.fillers.has(stemAt(tokens, at))
    )
      at++;
    const t = tokens[at];
    if (t === undefined || t.punctuation || !givesOut.has(t.folded)) continue;
    if (verbalNegations.has(tokens[at - 1]?.folded ?? "")) continue;
    if (goesHow.has(tokens[at + 1]?.folded ?? "")) continue;
    // "went numb" is a feeling's phrase, "went away" or "went down" says a sign is over.
    if (lexicon.longestAt(tokens, at) !== null) continue;
    if (resolved.endAt(tokens, at, tokens.length) > 0) continue;
    const covered = clause.mentions.some(
      (o) =>
        (o.from <= at && at < o.to) ||
        (o.concept.type === "FEELING" && o.from > at && o.from <= at + 2),
    );
    if (!covered)
      found.push({ concept: SUDDEN, from: at, to: at + 1, typo: false, negated: false });
  }
  return found;
}

/**
 * Whether site mention `site` is a subject that may give out: not the place of a feeling
 * said before it, only `siteLeads` words or "of" between ("the pain in my heel", "the ache
 * of my heel"), and not after a `goesLeads` word, past one `siteLeads` word ("let my heel").
 */
function subjectSite(
  clause: Clause,
  site: ClauseMention,
  tokens: readonly Token[],
  lexicon: Lexicon,
): boolean {
  const { siteLeads, goesLeads } = lexicon.frames;
  const leads = (i: number) => siteLeads.has(tokens[i]?.folded ?? "") || tokens[i]?.folded === "of";
  let before = site.from - 1;
  while (before >= 0 && leads(before)) before--;
  const placed = clause.mentions.some((o) => o.concept.type === "FEELING" && o.to === before + 1);
  if (placed && before < site.from - 1) return false;
  const lead = siteLeads.has(tokens[site.from - 1]?.folded ?? "") ? site.from - 2 : site.from - 1;
  return !goesLeads.has(tokens[lead]?.folded ?? "");
}

/** The stem of token `i`, or "" past the end. */
const stemAt = (tokens: readonly Token[], i: number) => tokens[i]?.stem ?? "";

/**
 * The clauses with a sudden onset added where a site gives out ("my heel just went") and after each pain phrase whose words after its first
 * include a vocabulary `onsets` verb ("a sharp pain hit my heel mid run", "pain struck"): the
 * phrase is one feeling in the lexicon (so "hit my heel" is no blow), and says when it came
 * on as well, negated as it is; not in a clause that reports a slow, recurring or after-run
 * timing (NOT_SUDDEN). One look per word of each feeling phrase, one per mention.
 */
export function onsetTimings(
  clauses: readonly Clause[],
  tokens: readonly Token[],
  lexicon: Lexicon,
): Clause[] {
  const onsets = lexicon.frames.onsets;
  const contrary = clauses.map((clause) =>
    clause.mentions.some(
      (m) =>
        !m.negated &&
        m.concept.id !== undefined &&
        NOT_SUDDEN.has(`${m.concept.type}:${m.concept.id}`),
    ),
  );
  // A site's giving out belongs to the clause its verb is in ("just" may have ended the site's).
  const givenOuts = clauses.map(() => [] as ClauseMention[]);
  clauses.forEach((clause, at) => {
    for (const g of givenOut(clause, tokens, lexicon)) {
      let to = at;
      while ((clauses[to + 1]?.from ?? tokens.length) <= g.from) to++;
      if (!contrary[at] && !contrary[to]) givenOuts[to]?.push(g);
    }
  });
  return clauses.map((clause, at) => {
    if (contrary[at]) return clause;
    const added: ClauseMention[] = [...(givenOuts[at] ?? [])];
    for (const m of clause.mentions) {
      if (m.concept.type !== "FEELING") continue;
      for (let i = m.from + 1; i < m.to; i++)
        if (onsets.has((tokens[i] as Token).folded)) {
          added.push({ concept: SUDDEN, from: i, to: i + 1, typo: false, negated: m.negated });
          break;
        }
    }
    if (added.length === 0) return clause;
    const mentions = [...clause.mentions, ...added].sort((a, b) => a.from - b.from);
    return clauseWith(clause, { mentions });
  });
}
