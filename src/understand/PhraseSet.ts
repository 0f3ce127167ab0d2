import { tokenizeComplaint } from "./tokenizeComplaint.js";
import type { Token } from "./types.js";

/**
 * Short phrases indexed by their first stem, so finding one at a token is one map lookup
 * and a compare of the few phrases that start there (the lists are a few dozen entries).
 */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();
  private most = 0;

  /** How many words the longest phrase has (0 for none): how far back one may start. */
  get longest(): number {
    return this.most;
  }

  /** The stems phrases start with. */
  get firsts(): Iterable<string> {
    return this.byFirst.keys();
  }

  constructor(phrases: readonly string[], numbers: ReadonlyMap<string, number>) {
    for (const p of phrases) {
      const stems = tokenizeComplaint(p, numbers).map((t) => t.stem);
      const first = stems[0];
      if (first === undefined) continue;
      if (stems.length > this.most) this.most = stems.length;
      this.byFirst.set(first, [...(this.byFirst.get(first) ?? []), stems]);
    }
  }

  /** The token after the longest phrase starting at token `at` (before `until`), or -1. */
  endAt(tokens: readonly Token[], at: number, until: number): number {
    const candidates = this.byFirst.get(tokens[at]?.stem ?? "");
    if (candidates === undefined) return -1;
    let best = -1;
    for (const stems of candidates) {
      const end = at + stems.length;
      if (end > until || end <= best) continue;
      if (stems.every((s, i) => tokens[at + i]?.stem === s)) best = end;
    }
    return best;
  }
}
