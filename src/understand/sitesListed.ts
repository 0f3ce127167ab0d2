import { clauseWith } from "./clauseShape.js";
import type { Lexicon } from "./Lexicon.js";
import { LIST_MARKS } from "./listMarks.js";
import type { Clause, ClauseMention } from "./readClauses.js";
import type { Token } from "./types.js";

/** What a listed site takes from the clause it is listed after: what is felt and when. */
const SHARED: ReadonlySet<ClauseMention["concept"]["type"]> = new Set(["FEELING", "TIMING"]);

/**
 * Framed clauses with each of the runner's that only lists sites (and sides) after a clause
 * that says what is felt given that clause's feelings and times, denied or not: the sites
 * share them.
 * - Joined by "and" or "then" (or listed after a comma, "X, Y and Z") to a clause that names
 *   a site and what is felt there: "sore heel and ankle", "pain in my hip, knee and ankle",
 *   "no swelling in my heel and ankle" (both denied), "first the hip, then the ankle" (the
 *   first site's pain said by its order word, see orderedSitesFelt). A site that says
 *   something of its own ("sore heel and my ankle is swollen") is no list.
 * - Answering a question that says what is felt but names no site: "Where does it hurt? ->
 *   hip and ankle" (the question's own clause reads the first of them already).
 * A list goes on from a clause given its feelings so ("hip, then knee, then ankle"). Not
 * another person's, asked, hedged, feared or ending in a question mark, nor a site set aside
 * ("and not my ankle"). One pass over the clauses, a few token looks each.
 */
export function sitesListed(
  clauses: Clause[],
  tokens: readonly Token[],
  lexicon: Lexicon,
): Clause[] {
  let result = clauses;
  for (let i = 1; i < clauses.length; i++) {
    // The clause before as rewritten: a list goes on ("hip, then knee, then ankle").
    const listed = shared(result[i - 1] as Clause, clauses[i] as Clause, tokens, lexicon);
    if (listed === null) continue;
    if (result === clauses) result = [...clauses];
    result[i] = listed;
  }
  // "my left heel and my right ankle are numb": a side word after "and" split the list, so the
  // sites before it share what the clause after says is felt (each keeps its own side).
  for (let i = clauses.length - 2; i >= 0; i--) {
    const listed = sharedBack(result[i] as Clause, result[i + 1] as Clause, tokens, lexicon);
    if (listed === null) continue;
    if (result === clauses) result = [...clauses];
    result[i] = listed;
  }
  return result;
}

/**
 * `clause`, naming only sites (and sides and times), given what `after` says is felt, when
 * "and" joins them and `after` names its site before what it feels; else null.
 */
function sharedBack(
  clause: Clause,
  after: Clause,
  tokens: readonly Token[],
  lexicon: Lexicon,
): Clause | null {
  if (!runnersOwn(clause) || !runnersOwn(after)) return null;
  // Sites (and sides and times: "after a run my left hip and ...") with nothing felt.
  if (sitesNamed(clause, true) === 0 || !onlyNames(clause, tokens, lexicon)) return null;
  // The site after "and" comes before what is felt ("right ankle are numb").
  const firstSaid = after.mentions.find((m) => m.concept.type !== "SIDE");
  if (firstSaid?.concept.type !== "SITE") return null;
  const felt = after.mentions.filter((m) => m.concept.type === "FEELING");
  if (felt.length === 0 || !joined(clause, after, 1, tokens, lexicon, false)) return null;
  return clauseWith(clause, { mentions: [...clause.mentions, ...felt] });
}

/** `clause` given what `before` says is felt and when, or null when it lists no site after it. */
function shared(
  before: Clause,
  clause: Clause,
  tokens: readonly Token[],
  lexicon: Lexicon,
): Clause | null {
  if (!runnersOwn(before) || !runnersOwn(clause)) return null;
  if (clause.feared || tokens[clause.to]?.folded === "?") return null;
  const sites = sitesNamed(clause, false);
  if (sites === 0) return null;
  const felt = before.mentions.filter((m) => SHARED.has(m.concept.type));
  if (!felt.some((m) => m.concept.type === "FEELING")) return null;
  const sited = before.mentions.some((m) => m.concept.type === "SITE");
  if (
    sited
      ? before.feared || !joined(before, clause, sites, tokens, lexicon)
      : !prompts(before, tokens, lexicon)
  )
    return null;
  return clauseWith(clause, { mentions: [...clause.mentions, ...felt] });
}

/** Whether a clause is the runner's own, neither asked nor hedged. */
function runnersOwn(clause: Clause): boolean {
  return clause.whose === "RUNNER" && !clause.other && !clause.asked && !clause.hedged;
}

/**
 * How many sites a clause names when it names nothing but sites and sides (and times, when
 * `timed`), none denied; 0 otherwise.
 */
function sitesNamed(clause: Clause, timed: boolean): number {
  let sites = 0;
  for (const m of clause.mentions) {
    const type = m.concept.type;
    if (m.negated) return 0;
    if (type === "SITE") sites++;
    else if (type !== "SIDE" && !(timed && type === "TIMING")) return 0;
  }
  return sites;
}

/**
 * Whether a siteless clause is an app's prompt its next clause answers: a question opened by
 * a question word ("Where does it hurt?"), not one asking about a name ("is it a sprain?").
 */
function prompts(before: Clause, tokens: readonly Token[], lexicon: Lexicon): boolean {
  if (tokens[before.to]?.folded !== "?") return false;
  // Its first word, past the marks that may open a clause ("... -> left. Where does it hurt?").
  let at = before.from;
  while (at < before.to && (tokens[at] as Token).punctuation) at++;
  const opener = tokens[at];
  return opener !== undefined && lexicon.frames.questionOpeners.has(opener.folded);
}

/**
 * Whether every word of `clause` is one of its mentions, a filler or "my", past its opening
 * marks: a list of sites, not a clause saying something of them ("twisted from hip to ankle")
 * nor the tail of an order ("..., then the left ankle").
 */
function onlyNames(clause: Clause, tokens: readonly Token[], lexicon: Lexicon): boolean {
  let m = 0;
  for (let at = clause.from; at < clause.to; at++) {
    const t = tokens[at] as Token;
    const mention = clause.mentions[m];
    if (mention !== undefined && at >= mention.from) {
      if (at + 1 >= mention.to) m++;
      continue;
    }
    if (t.punctuation || lexicon.fillers.has(t.stem) || lexicon.frames.firstPerson.has(t.stem))
      continue;
    if (lexicon.longestAt(tokens, at)?.concept.type === "LIST") continue;
    return false;
  }
  return true;
}

/**
 * Whether `clause` goes on a list `before` started: only a list word ("and", "n", "&"), "+"
 * or "/" (LIST_MARKS)
 * or (when `ordered`, default true: the feeling said first) a before word ("then"), fillers and
 * "my" lie between before's last mention and clause's first one, or a comma opens a clause
 * listing two sites or more ("sore heel, arch and ankle").
 */
function joined(
  before: Clause,
  clause: Clause,
  sites: number,
  tokens: readonly Token[],
  lexicon: Lexicon,
  ordered = true,
): boolean {
  // The last word said: a feeling given to the clause may stand before its site.
  let end = -1;
  for (const m of before.mentions) if (m.to > end && m.to <= before.to) end = m.to;
  let from = Number.POSITIVE_INFINITY;
  for (const m of clause.mentions) if (m.from < from && m.from >= clause.from) from = m.from;
  if (end < 0 || from === Number.POSITIVE_INFINITY) return false;
  let and = false;
  let comma = false;
  for (let at = end; at < from; at++) {
    const t = tokens[at] as Token;
    if (LIST_MARKS.has(t.folded) || (ordered && lexicon.frames.beforeWords.has(t.folded)))
      and = true;
    else if (lexicon.longestAt(tokens, at)?.concept.type === "LIST") and = true;
    else if (t.folded === ",") comma = true;
    else if (!lexicon.fillers.has(t.stem) && !lexicon.frames.firstPerson.has(t.stem)) return false;
  }
  return and || (comma && sites >= 2);
}
