import type { Clause } from "./readClauses.js";

/**
 * Every field of {@link Clause}, each required (an optional one may be undefined): the
 * literal below must name them all, so a field added to Clause and left out of it is a type
 * error, never silently dropped (as `feared` once was).
 */
type EveryField = { [K in keyof Required<Clause>]: Clause[K] };

/**
 * `clause` as an object of one fixed shape: every field of {@link Clause} present, in one
 * order (an optional one undefined when not set). Clauses are made by a literal and then
 * copied with changes by each framing and correction step, some adding a field
 * (`resited`, `asked`, `feared`), so the reader's later steps met several hidden classes for one
 * kind of object, and V8 dropped their optimised code each time a new one came along
 * (measured: most of the "wrong map" deoptimisations of a cold trace). The same fields,
 * the same values: nothing read from a clause changes.
 */
export function clauseShape(clause: Clause): Clause {
  const shaped: EveryField = {
    mentions: clause.mentions,
    quantities: clause.quantities,
    sides: clause.sides,
    other: clause.other,
    animal: clause.animal,
    whose: clause.whose,
    hedged: clause.hedged,
    resited: clause.resited,
    asked: clause.asked,
    feared: clause.feared,
    from: clause.from,
    to: clause.to,
  };
  return shaped;
}

/**
 * `clause` with the fields of `change` in place of its own, as `{ ...clause, ...change }`
 * would be, of the one shape {@link clauseShape} gives: a spread's copy is an object of a
 * shape of its own, rarer than the common one wherever the step that makes it is rare, and
 * V8 dropped the reader's optimised code for each such shape it met (measured at stop 36:
 * after 15 000 never-seen traces, nearly half of a cold trace's CPU was V8 compiling again).
 */
export function clauseWith(clause: Clause, change: Partial<Clause>): Clause {
  return clauseShape({ ...clause, ...change });
}
