/**
 * Longest name a suggestion is looked for, in characters (ids are at most 80; a longer
 * name is no typo of one): bounds one comparison to this length squared.
 */
export const SUGGEST_MAX_LENGTH = 120;

/**
 * Edit-distance cells all the suggestions of one load may spend together (10 M, some tens
 * of milliseconds): a folder full of unknown references cannot make the check quadratic
 * without end. Past it, problems are reported without a suggestion.
 */
export const SUGGEST_CELLS = 10_000_000;

/**
 * ` (did you mean "x"?)` for the known names closest to a name (case aside), or the empty
 * string when none is within a quarter of its length (at least 2 edits).
 */
export type Suggest = (name: string, known: Iterable<string>) => string;

/**
 * A {@link Suggest} for one load, spending at most `cells` edit-distance cells in all
 * (default {@link SUGGEST_CELLS}); at most the 3 closest names tied at the best distance
 * are named.
 */
export function didYouMean(cells = SUGGEST_CELLS): Suggest {
  let left = cells;
  return (name, known) => {
    if (name.length > SUGGEST_MAX_LENGTH) return "";
    const target = name.toLowerCase();
    let best: string[] = [];
    let bestDistance = Math.max(2, Math.floor(name.length / 4)) + 1;
    for (const k of known) {
      if (k.length > SUGGEST_MAX_LENGTH || k === name) continue;
      left -= (target.length + 1) * (k.length + 1);
      if (left < 0) break;
      // Capped one past the best, so a tie is told from a worse name.
      const d = editDistance(target, k.toLowerCase(), bestDistance + 1);
      if (d < bestDistance) {
        best = [k];
        bestDistance = d;
      } else if (d === bestDistance && best.length > 0 && best.length < 3) {
        best.push(k);
      }
    }
    return best.length === 0 ? "" : ` (did you mean ${best.map((b) => `"${b}"`).join(" or ")}?)`;
  };
}

/**
 * The one name of a short list (a schema's enum) closest to `name`, case aside, within a
 * quarter of its length (at least 2 edits), the first on a tie; null when none is or the
 * name is over 40 characters (no enum value is that long: no typo of one).
 */
export function nearestName(name: string, known: readonly string[]): string | null {
  if (name.length === 0 || name.length > 40) return null;
  const target = name.toLowerCase();
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(name.length / 4)) + 1;
  for (const k of known) {
    const d = editDistance(target, k.toLowerCase(), bestDistance);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

/** Levenshtein distance of `a` and `b`, or `cap` when it is at least `cap`. */
function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    if (Math.min(...row) >= cap) return cap;
    prev = row;
  }
  return Math.min(prev[b.length] ?? cap, cap);
}
