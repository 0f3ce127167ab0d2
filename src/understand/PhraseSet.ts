import { tokenizeComplaint } from "./tokenizeComplaint.js";
import type { Token } from "./types.js";

/**
 * Short phrases indexed by their first stem, so finding one at a token is one map lookup
 * and a compare of the few phrases that start there (the lists are a few dozen entries).
 */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();
  /** With `asWritten`: the one-word phrases as written (folded), the only forms they match. */
  private readonly written: ReadonlySet<string> | null;
  private most = 0;

  /** How many words the longest phrase has (0 for none): how far back one may start. */
  get longest(): number {
    return this.most;
  }

  /** The stems phrases start with. */
  get firsts(): Iterable<string> {
    return this.byFirst.keys();
  }

  /**
   * `asWritten` (default false): a one-word phrase matches only as written, not every word
   * of its stem ("stopped" is not "stop" nor "stops"; "subsided" is not "subsides"). Longer
   * phrases always match by stems.
   */
  constructor(phrases: readonly string[], numbers: ReadonlyMap<string, number>, asWritten = false) {
    const written = new Set<string>();
    for (const p of phrases) {
      const tokens = tokenizeComplaint(p, numbers);
      const stems = tokens.map((t) => t.stem);
      const first = stems[0];
      if (first === undefined) continue;
      if (asWritten && tokens.length === 1) written.add((tokens[0] as Token).folded);
      if (stems.length > this.most) this.most = stems.length;
      this.byFirst.set(first, [...(this.byFirst.get(first) ?? []), stems]);
    }
    this.written = asWritten ? written : null;
  }

  /** The token after the longest phrase starting at token `at` (before `until`), or -1. */
  endAt(tokens: readonly Token[], at: number, until: number): number {
    const candidates = this.byFirst.get(tokens[at]?.stem ?? "");
    if (candidates === undefined) return -1;
    let best = -1;
    for (const stems of candidates) {
      const end = at + stems.length;
      if (end > until || end <= best) continue;
      if (
        stems.length === 1 &&
        this.written !== null &&
        !this.written.has(tokens[at]?.folded ?? "")
      )
        continue;
      if (stems.every((s, i) => tokens[at + i]?.stem === s)) best = end;
    }
    return best;
  }
}
