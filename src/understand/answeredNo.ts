import { clauseWith } from "./clauseShape.js";
import { asserted } from "./doubleNegated.js";
import { elidedOver } from "./elidedOver.js";
import type { Lexicon } from "./Lexicon.js";
import type { Clause, ClauseMention } from "./readClauses.js";
import { asksGoneAway } from "./resolvedAt.js";
import { rewriteClauses } from "./rewriteClauses.js";
import { denied } from "./signsOver.js";
import { startsBody } from "./startsBody.js";
import type { Token } from "./types.js";

/** What a bare "no" after a question denies: what is felt, when, and what is named. */
const ANSWERED: ReadonlySet<ClauseMention["concept"]["type"]> = new Set([
  "FEELING",
  "TIMING",
  "MENTION",
  "FACTOR",
]);

/**
 * Clauses with each question the runner answers "no" to denied: "pins n needles? nope",
 * "numbness? no. swelling? a bit", "swelling: none" (a checklist typed out). A clause ending
 * in "?" or ":" whose
 * next words, up to the next clause or the end, are only a negation and punctuation, or a
 * clause whose last words after what it says are a negation alone ("swollen yes, hot no,
 * popping no"), has its feelings, timings, factors and names denied, and a wording that
 * denies a sign by itself reported ("can you walk normally? no" is a limp); not a question
 * whether a sign went away ("has the swelling stopped? no"). One pass over the clauses and the
 * tokens between them; the clauses are copied only where one is denied.
 */
export function answeredNo(
  clauses: Clause[],
  tokens: readonly Token[],
  lexicon: Lexicon,
): Clause[] {
  /** Whether clause `i` is a question or label answered by a negation alone. */
  const answeredAt = (i: number): boolean => {
    const clause = clauses[i] as Clause;
    // "numbness? no"; a checklist's line "swelling: none" answers its label the same way.
    const end = tokens[clause.to]?.folded;
    if (end !== "?" && end !== ":") return false;
    // Up to the next clause, or into it when the answer opens it ("swelling: none, numbness"):
    // then up to the mark after the answer (onlyNo).
    const next = clauses[i + 1]?.from ?? tokens.length;
    const until = next <= clause.to + 1 ? tokens.length : next;
    // "has the swelling stopped? no": asked whether a sign went away, a "no" keeps it.
    return (
      onlyNo(tokens, clause.to + 1, until, lexicon, end === ":", end === "?") &&
      !asksGoneAway(tokens, clause.from, clause.to, lexicon)
    );
  };
  // Built on the first clause that only names feelings: most complaints have none.
  let listed: readonly boolean[] | null = null;
  return rewriteClauses(clauses, (clause, i) => {
    // "hot no, popping no": a checklist answered inside the clause, the "no" ending it.
    const said = clause.mentions[clause.mentions.length - 1];
    // "the swelling has gone but the numbness hasn't": the negation leaves out "gone".
    const checked =
      said !== undefined &&
      onlyNo(tokens, said.to, clause.to, lexicon) &&
      !elidedOver(tokens, said.to, clause.to, lexicon);
    let answered = answeredAt(i);
    if (!answered && feelingsOnly(clause)) {
      listed ??= listedInAnswered(clauses, tokens, lexicon, answeredAt);
      answered = listed[i] === true;
    }
    if (!checked && !answered) return null;
    // "my wife's heel is numb my heel isnt": run on, the answer is the last body's alone.
    const from = answered ? clause.from : lastBody(clause, tokens, lexicon);
    return clauseWith(clause, {
      mentions: clause.mentions.map((m) => {
        if (!ANSWERED.has(m.concept.type) || m.from < from) return m;
        // "can you walk normally? no": a wording that denies a sign, answered no, reports it.
        if (m.negated) return "saidAs" in m.concept && m.concept.saidAs ? asserted(m) : m;
        return denied(m);
      }),
    });
  });
}

/** Whether a clause names feelings and nothing else, none denied. */
function feelingsOnly(clause: Clause): boolean {
  if (clause.mentions.length === 0) return false;
  for (const m of clause.mentions) if (m.concept.type !== "FEELING" || m.negated) return false;
  return true;
}

/**
 * For each clause, whether it only lists signs asked about in a question answered "no" after
 * it, or answered together at the list's end ("numbness, redness, limping -> none of those"),
 * commas between: "red, warm or swollen? no" denies the redness too. The clauses from it on
 * name only feelings (none denied) up to the answered one. One pass from the last clause back,
 * a few token looks each.
 */
function listedInAnswered(
  clauses: readonly Clause[],
  tokens: readonly Token[],
  lexicon: Lexicon,
  answeredAt: (i: number) => boolean,
): boolean[] {
  const listed: boolean[] = new Array(clauses.length).fill(false);
  for (let j = clauses.length - 2; j >= 0; j--) {
    const clause = clauses[j] as Clause;
    if (!feelingsOnly(clause)) continue;
    // Only commas up to the next clause's first word said ("red, warm or swollen").
    const first = (clauses[j + 1] as Clause).mentions[0];
    if (first === undefined || first.from <= clause.to) continue;
    let joined = true;
    for (let at = clause.to; at < first.from && joined; at++) {
      const t = tokens[at] as Token;
      joined = t.folded === "," || (at > clause.to && lexicon.fillers.has(t.stem));
    }
    listed[j] =
      joined &&
      (listed[j + 1] === true ||
        answeredAt(j + 1) ||
        answersAll(clauses[j + 1] as Clause, tokens, lexicon));
  }
  return listed;
}

/** Words in a negation from which it answers every sign listed before it ("none of those"). */
const ALL_ANSWERED_WORDS = 3;

/**
 * Whether a clause ends in a negation of {@link ALL_ANSWERED_WORDS} words or more after what
 * it says, answering the whole list before it ("numbness, redness, limping -> none of
 * those", "no to all three"); a shorter one ("hot no") answers its own clause alone.
 */
function answersAll(clause: Clause, tokens: readonly Token[], lexicon: Lexicon): boolean {
  const said = clause.mentions[clause.mentions.length - 1];
  if (said === undefined || !onlyNo(tokens, said.to, clause.to, lexicon)) return false;
  const m = lexicon.longestAt(tokens, said.to, clause.to);
  return m !== null && m.to - m.from >= ALL_ANSWERED_WORDS;
}

/**
 * Whether tokens `from` to `until` hold one negation and otherwise only punctuation, up to a
 * mark after the negation; when `listed` (an answer after a label's ":"; default false: a
 * question's "?" is answered whatever follows, "hot no" inside its clause), only where the
 * checklist goes on after it (a checklist's next line: "swelling: none\n- side: left"; see
 * checklistGoesOn); when `spoken` (an answer after a question's "?"; default false), filler
 * words around the negation too ("I don't have any", "it's not").
 */
function onlyNo(
  tokens: readonly Token[],
  from: number,
  until: number,
  lexicon: Lexicon,
  listed = false,
  spoken = false,
): boolean {
  let negations = 0;
  for (let at = from; at < until; ) {
    const t = tokens[at] as Token;
    if (t.punctuation) {
      if (negations > 0)
        return negations === 1 && (!listed || checklistGoesOn(tokens, at, lexicon));
      at++;
      continue;
    }
    const m = lexicon.longestAt(tokens, at, until);
    if (m === null && spoken && lexicon.fillers.has(t.stem)) {
      at++;
      continue;
    }
    if (m === null || m.concept.type !== "NEGATION") return false;
    negations++;
    at = m.to;
  }
  return negations === 1 && (!listed || checklistGoesOn(tokens, until, lexicon));
}

/**
 * Whether what follows the mark at token `at`, after a bare answer, leaves the label answered:
 * anything but a sentence pointing back at the label ("it", "that") that says when (a timing)
 * and names no sign, site or factor of its own and is no next label or question. "numb heel:
 * no, it started after a run" makes "numb heel" a title, and its sign is kept; "numb heel: no.
 * hurts after runs", "heel red: no. it hurts after runs", "numb heel: no, its fine",
 * "redness: no, but my heel is numb" and "swelling: none, numbness: yes" keep the label
 * denied. One look per token up to the next mark.
 */
function checklistGoesOn(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  let k = at;
  for (; k < tokens.length && (tokens[k] as Token).punctuation; k++)
    if ((tokens[k] as Token).folded === "\n") return true;
  if (k >= tokens.length || !lexicon.frames.pointers.has((tokens[k] as Token).stem)) return true;
  let timed = false;
  for (; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.punctuation) return t.folded === ":" || t.folded === "?" || !timed;
    const type = lexicon.longestAt(tokens, k)?.concept.type;
    if (type === "FEELING" || type === "MENTION" || type === "SITE" || type === "FACTOR")
      return true;
    if (type === "TIMING") timed = true;
  }
  return !timed;
}

/**
 * Where the last body's words of a run-on clause start (the owner word before its site, see
 * startsBody: "my wife's heel is numb my heel isnt"), or the clause's start. One look per
 * site mentioned.
 */
function lastBody(clause: Clause, tokens: readonly Token[], lexicon: Lexicon): number {
  let from = clause.from;
  clause.mentions.forEach((m, i) => {
    if (m.concept.type !== "SITE" || i === 0) return;
    const before = clause.mentions.slice(0, i);
    for (const at of [m.from - 1, m.from - 2])
      if (at > clause.from && startsBody(tokens, at, before, lexicon)) from = at;
  });
  return from;
}
