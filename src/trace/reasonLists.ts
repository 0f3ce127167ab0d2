import type { Entity } from "../graph/index.js";

// The lists triage builds its reasons from, each made by pushing onto a fresh literal:
// V8 gives an array literal the elements kind its arrays came to hold, empty or not, where
// an array `map` or `filter` makes has one kind when empty and another when not. Triage's
// rarer paths met such an empty list long after it was optimised, and V8 threw its code away
// and compiled it again (stop 36: about 450 ms of compiling in 6 000 never-seen traces after
// 15 000 others).

/** What `pick` gives for each of `items`, in order, leaving out null. */
export function picked<T, P>(items: readonly T[], pick: (item: T) => P | null): P[] {
  const out: P[] = [];
  for (let i = 0; i < items.length; i++) {
    const p = pick(items[i] as T);
    if (p !== null) out.push(p);
  }
  return out;
}

/**
 * The first non-null of `find` over `items`, in order; undefined when none (as an array's
 * `find` answers: triage tells an advice left unsaid from one said to be none).
 */
export function firstFound<T>(
  items: readonly T[],
  find: (item: T) => string | null,
): string | undefined {
  for (let i = 0; i < items.length; i++) {
    const found = find(items[i] as T);
    if (found !== null) return found;
  }
  return undefined;
}

/** `reasons`, then each of `signs` not among them, in order. */
export function withSigns(reasons: readonly Entity[], signs: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  for (let i = 0; i < reasons.length; i++) out.push(reasons[i] as Entity);
  for (let i = 0; i < signs.length; i++) {
    const s = signs[i] as Entity;
    if (!reasons.some((r) => r.id === s.id)) out.push(s);
  }
  return out;
}
