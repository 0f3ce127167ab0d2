import { clauseWith } from "./clauseShape.js";
import type { Concept } from "./Lexicon.js";
import type { Clause } from "./readClauses.js";

/** Concept types a finding can rest on. */
const SAID: ReadonlySet<Concept["type"]> = new Set([
  "SITE",
  "FEELING",
  "TIMING",
  "FACTOR",
  "MENTION",
]);

/** Whether a clause says anything a finding can rest on. */
export function says(clause: Clause): boolean {
  if (clause.quantities.length > 0) return true;
  for (const m of clause.mentions) if (SAID.has(m.concept.type)) return true;
  return false;
}

/**
 * Whether a clause of the runner's reports something of their own: more than a site named
 * ("my heel is fine", "my heel's ok" name the heel and report nothing there).
 */
function reports(clause: Clause): boolean {
  if (clause.quantities.length > 0) return true;
  for (const m of clause.mentions)
    if (m.concept.type !== "SITE" && SAID.has(m.concept.type)) return true;
  return false;
}

/**
 * Whose body the service answers about: a complaint only about another person ("my
 * daughter says her heel is numb", also beside the runner's site said to be fine: "my son's
 * ankle is swollen and my heel is fine") is read as if the runner said it; beside the
 * runner's own complaint, another person's clauses stay theirs (the matcher reads only
 * warning signs there). An animal's clauses always stay its own. One pass over the clauses.
 */
export function aboutTheRunner(framed: Clause[]): Clause[] {
  let person = false;
  for (const c of framed) {
    if (!c.other) {
      if (reports(c)) return framed;
      continue;
    }
    if (says(c) && !c.animal) person = true;
  }
  if (!person) return framed;
  return framed.map((c) => (c.other && !c.animal ? clauseWith(c, { other: false }) : c));
}
