/**
 * ` (did you mean "x"?)` for the known id closest to `id` by edit distance, when one is
 * within a quarter of its length (at least 2 edits); else the empty string.
 */
export function suggestId(id: string, known: Iterable<string>): string {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(id.length / 4)) + 1;
  for (const k of known) {
    const d = editDistance(id, k, bestDistance);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best === null ? "" : ` (did you mean "${best}"?)`;
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
    prev = row;
  }
  return prev[b.length] ?? cap;
}
