import type { VocabularySite } from "../graph/index.js";
import { type Candidate, conceptId } from "./Candidate.js";
import type { FrameWords } from "./FrameWords.js";
import type { Lexicon } from "./Lexicon.js";
import type { ProfileIndex } from "./ProfileIndex.js";
import { opensQuestion } from "./questionStart.js";
import type { Clause, ClauseMention } from "./readClauses.js";
import type { Token } from "./types.js";

/** Words before a feeling searched for a likeness word ("feels like pushing a bruise"). */
const LIKENESS_REACH = 3;

/**
 * The feelings in `clause` that no accepted candidate read and that a warning sign names,
 * alone, only at another site ("my ankle hurts and is numb": numbness is a heel sign, and
 * the ankle pain's profile does not use it), so the answer can still weigh them as unplaced. Not a feeling denied, used, said as a likeness ("like
 * pushing a bruise"), or "can't feel it" (the pain, dulled: "took ibuprofen so I can't feel
 * it"); not a feeling some profile reads at the site or anywhere. The site is the one covered
 * site the clause names when a candidate used it, else the carried one. Null for another
 * person's clause beside the runner's (a complaint only about them is read as theirs, as
 * the runner's would be), a clause asking about a feeling, no covered site, or no such feeling.
 */
export function feltElsewhere(
  index: ProfileIndex,
  clause: Clause,
  accepted: readonly Candidate[],
  tokens: readonly Token[],
  at: FeltAt,
  lexicon: Lexicon,
): { site: VocabularySite; feelings: ClauseMention[] } | null {
  const site = at.named ? usedSite(index, at.sites, at.used) : at.carried;
  if (clause.other || clause.asked === true || site?.covered !== true) return null;
  const out: ClauseMention[] = [];
  for (const m of clause.mentions) {
    if (m.concept.type !== "FEELING" || m.negated) continue;
    if (accepted.some((c) => c.keys.includes(m))) continue;
    const id = conceptId(m);
    if (!warningSignAlone(index, id) || !index.readElsewhere(id, site)) continue;
    if (
      likeness(m, clause, tokens, lexicon.frames) ||
      feltPronoun(m, tokens) ||
      asks(m, clause, tokens, lexicon)
    )
      continue;
    out.push(m);
  }
  return out.length === 0 ? null : { site, feelings: out };
}

/** Where a clause's feelings are felt: the site it names, else the site carried to it. */
export interface FeltAt {
  /** The clause names a site (covered or not). */
  readonly named: boolean;
  /** The covered sites it names. */
  readonly sites: readonly ClauseMention[];
  /** The site mentions its accepted candidates used. */
  readonly used: ReadonlySet<ClauseMention | null>;
  /** The site carried from earlier clauses, for a clause naming none. */
  readonly carried: VocabularySite | null;
}

/** The one covered site a clause names, when a candidate used it; else null. */
function usedSite(
  index: ProfileIndex,
  sites: readonly ClauseMention[],
  used: ReadonlySet<ClauseMention | null>,
): VocabularySite | null {
  const one = sites.length === 1 ? (sites[0] as ClauseMention) : null;
  return one !== null && used.has(one) ? index.siteOf(one) : null;
}

/**
 * Whether a warning sign with sites of its own reads `feeling` on its own: its profile needs
 * no timing, takes any one term, or lists the feeling as `enough` (as the trace's
 * UnplacedSigns does: "sudden" heel pain needs its timing, so pain alone names no sign).
 */
function warningSignAlone(index: ProfileIndex, feeling: string): boolean {
  for (const { profile: p, entity: e } of index.withTerm(feeling)) {
    if (e.kind !== "SYMPTOM" || !(e.redFlag || e.warningSignOf !== null)) continue;
    if (p.sites.length === 0 || !p.feelings.includes(feeling)) continue;
    if (p.timings.length === 0 || p.anyOf || p.enough.includes(feeling)) return true;
  }
  return false;
}

/**
 * Whether the mention is asked about: its clause ends in a question mark, or its stretch of
 * words (from the punctuation before it) starts with a vocabulary `questionLeads` word or
 * opens as a question (see opensQuestion: "is it numb", "is numbness serious").
 */
function asks(
  m: ClauseMention,
  clause: Clause,
  tokens: readonly Token[],
  lexicon: Lexicon,
): boolean {
  if (tokens[clause.to]?.folded === "?") return true;
  // From the start of the mention's stretch of words (to the punctuation before it).
  let start = m.from;
  while (start > 0 && tokens[start - 1]?.punctuation !== true) start--;
  const first = tokens[start]?.folded ?? "";
  if (lexicon.frames.questionLeads.has(first)) return true;
  // "is it numb", "are my toes numb", "is numbness serious"; not "(and) is numb".
  return opensQuestion(tokens, start, tokens.length, lexicon);
}

/** Whether a likeness word comes just before the mention, inside its clause. */
function likeness(
  m: ClauseMention,
  clause: Clause,
  tokens: readonly Token[],
  words: FrameWords,
): boolean {
  const like = words.likeness;
  for (let i = m.from - 1; i >= Math.max(clause.from, m.from - LIKENESS_REACH); i--)
    if (like.has(tokens[i]?.folded ?? "")) return true;
  for (let i = m.from; i < m.to; i++) if (like.has(tokens[i]?.folded ?? "")) return true;
  return false;
}

/** Whether the mention ends in "feel it": what is not felt is a thing, most often the pain. */
function feltPronoun(m: ClauseMention, tokens: readonly Token[]): boolean {
  return tokens[m.to - 1]?.folded === "it" && tokens[m.to - 2]?.folded === "feel";
}
