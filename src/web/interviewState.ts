import { LIMITS } from "../graphql/limits.js";
import type { EvidenceInput } from "./generated/operations.js";

/**
 * One answer to one question, as the runner gave it: the findings answered yes or no, and
 * those answered "not sure" (not sent, not asked again). A checklist's answer is one answer.
 */
export interface Answer {
  readonly evidence: readonly EvidenceInput[];
  readonly skip: readonly string[];
}

/**
 * What the runner said and answered so far; the service keeps nothing, so all is resent.
 * `answers` is the history; `evidence`, `skipped` and `asked` are what it adds up to.
 */
export interface Interview {
  readonly symptoms: readonly string[];
  readonly answers: readonly Answer[];
  /** Every finding answered yes or no, each once (the API refuses an id twice). */
  readonly evidence: readonly EvidenceInput[];
  /** Findings answered "not sure": not asked again, and not sent. */
  readonly skipped: ReadonlySet<string>;
  /** Questions answered so far (a checklist counts once; "not sure" alone does not count). */
  readonly asked: number;
}

/** An interview of `symptoms` with `answers` given, in order. */
export function newInterview(
  symptoms: readonly string[],
  answers: readonly Answer[] = [],
): Interview {
  const evidence: EvidenceInput[] = [];
  const skipped = new Set<string>();
  let asked = 0;
  for (const a of answers) {
    const known = new Set(evidence.map((e) => e.id));
    const added = a.evidence.filter((e) => !known.has(e.id) && known.add(e.id));
    evidence.push(...added);
    for (const id of a.skip) skipped.add(id);
    if (added.length > 0) asked++;
  }
  return { symptoms, answers, evidence, skipped, asked };
}

/** The interview with one more answer. */
export const withAnswer = (i: Interview, a: Answer): Interview =>
  newInterview(i.symptoms, [...i.answers, a]);

/** The interview as it was before its last answer (itself when nothing was answered). */
export const withoutLastAnswer = (i: Interview): Interview =>
  newInterview(i.symptoms, i.answers.slice(0, -1));

/** A finding id as the graph spells them: lower-case words joined by hyphens. */
const ID = /^[a-z0-9][a-z0-9-]{0,99}$/;
/**
 * Most answer tokens read back from a URL: every finding the API takes (its evidence
 * limit) once answered and once "not sure", so a hand-made URL cannot make the page fold
 * an unbounded list. The findings answered yes or no are capped at the API's limit itself.
 */
const MAX_TOKENS = 2 * LIMITS.traceEvidence.max;
const MARK: Record<string, boolean | null> = { y: true, n: false, u: null };

/**
 * The interview as a URL hash, `#/trace?c=<complaint>&…&a=<answer>&…`, an answer being
 * `y.<id>`, `n.<id>` or `u.<id>` (yes, no, not sure) joined by `_` (characters a URL keeps
 * as they are, and never in an id); so a reload, the
 * Back button and a shared link all bring the same interview back. No complaint: `#/trace`.
 */
export function interviewHash(i: Interview): string {
  const params = new URLSearchParams();
  for (const s of i.symptoms) params.append("c", s);
  for (const a of i.answers) {
    const tokens = [
      ...a.evidence.map((e) => `${e.present ? "y" : "n"}.${e.id}`),
      ...a.skip.map((id) => `u.${id}`),
    ];
    params.append("a", tokens.join("_"));
  }
  const query = params.toString();
  return query === "" ? "#/trace" : `#/trace?${query}`;
}

/**
 * The interview a URL's query holds (see {@link interviewHash}), or null when it names no
 * complaint. Read defensively, as anyone can type a URL: blank complaints are dropped, at
 * most the API's number of complaints are kept, each cut to its length limit; malformed
 * answer tokens are dropped, at most {@link MAX_TOKENS} tokens are read, and findings
 * answered yes or no past the API's evidence limit are dropped (so the trace is never
 * refused for too many answers: the questions they answered are asked again).
 */
export function interviewFrom(params: URLSearchParams): Interview | null {
  const symptoms = params
    .getAll("c")
    .map((s) => s.trim().slice(0, LIMITS.traceInputLength))
    .filter((s) => s.length > 0)
    .slice(0, LIMITS.traceSymptoms.max);
  if (symptoms.length === 0) return null;
  const answers: Answer[] = [];
  let budget = MAX_TOKENS;
  const answered = new Set<string>();
  for (const raw of params.getAll("a")) {
    const evidence: EvidenceInput[] = [];
    const skip: string[] = [];
    for (const token of raw.split("_", Math.max(budget, 0))) {
      budget--;
      const mark = token.slice(0, 1);
      const id = token.slice(2);
      if (token.charAt(1) !== ".") continue;
      const present = Object.hasOwn(MARK, mark) ? MARK[mark] : undefined;
      if (present === undefined || !ID.test(id)) continue;
      if (present === null) skip.push(id);
      else if (answered.has(id) || answered.size < LIMITS.traceEvidence.max) {
        answered.add(id);
        evidence.push({ id, present });
      }
    }
    if (evidence.length + skip.length > 0) answers.push({ evidence, skip });
    if (budget <= 0) break;
  }
  return newInterview(symptoms, answers);
}

/**
 * The interview without any yes or no to the findings `ids`, as if never answered (so they
 * are asked again); an answer left empty is dropped, and with it its count.
 */
export function withoutFindings(i: Interview, ids: ReadonlySet<string>): Interview {
  const answers = i.answers
    .map((a) => ({ evidence: a.evidence.filter((e) => !ids.has(String(e.id))), skip: a.skip }))
    .filter((a) => a.evidence.length + a.skip.length > 0);
  return newInterview(i.symptoms, answers);
}
