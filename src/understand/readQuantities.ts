import type { Measure, QuantityRule } from "../graph/index.js";
import { tokenizeComplaint } from "./tokenizeComplaint.js";
import type { Quantity, Token } from "./types.js";

type Item = { readonly slot: "n" | "a" | "b" } | { readonly stem: string };

interface CompiledPattern {
  readonly measure: Measure;
  readonly items: readonly Item[];
  readonly value: number | null;
  readonly scale: number;
  readonly context: ReadonlySet<string>;
  /** Stems standing for the context in the clause just before (rule `lookBack`). */
  readonly lookBack: ReadonlySet<string>;
  /** Phrases (as stems) saying the opposite of the measure (rule `against`). */
  readonly against: readonly (readonly string[])[];
}

/**
 * A quantity found at tokens `from`..`to` (exclusive), always of one shape: every field
 * present, in this order (see understand's clauseShape for why).
 */
export function quantityMention(
  quantity: Quantity,
  from: number,
  to: number,
  negated?: true,
  laterRise?: number,
): QuantityMention {
  return { quantity, from, to, negated, laterRise };
}

/** A quantity found at tokens `from`..`to` (exclusive). */
export interface QuantityMention {
  readonly quantity: Quantity;
  readonly from: number;
  readonly to: number;
  /** Set when a negation cue goes before it in its clause ("didn't increase by only 5%"). */
  readonly negated?: true;
  /**
   * The largest rise in percent a later number in the text says, when one does: a percent
   * ("..., it was 30%") or a count past the quantity's own largest ("from 40 to 42 and then
   * to 60": 43%). A value within a rule denies nothing when this is past it.
   */
  readonly laterRise?: number;
}

/**
 * Quantity rules compiled to token patterns, indexed by their first item, so each position
 * of a complaint tries only the patterns that can start there.
 */
export class QuantityReader {
  private readonly byFirst = new Map<string, CompiledPattern[]>();

  constructor(
    rules: readonly QuantityRule[],
    numbers: ReadonlyMap<string, number>,
    private readonly fillers: ReadonlySet<string>,
  ) {
    for (const rule of rules) {
      const stems = (words: readonly string[]) =>
        new Set(words.flatMap((w) => tokenizeComplaint(w, numbers).map((t) => t.stem)));
      const context = stems(rule.context);
      const lookBack = stems(rule.lookBack);
      const against = rule.against.map((w) => tokenizeComplaint(w, numbers).map((t) => t.stem));
      for (const p of rule.patterns) {
        const items: Item[] = p.pattern.split(/\s+/).flatMap((word): Item[] => {
          const slot = /^\{([nab])\}$/.exec(word)?.[1] as "n" | "a" | "b" | undefined;
          if (slot !== undefined) return [{ slot }];
          return tokenizeComplaint(word, numbers).map((t) => ({ stem: t.stem }));
        });
        const first = items[0];
        if (first === undefined) continue;
        const key = "slot" in first ? "#" : first.stem;
        const list = this.byFirst.get(key) ?? [];
        list.push({
          measure: rule.measure,
          items,
          value: p.value,
          scale: p.scale,
          context,
          lookBack,
          against,
        });
        this.byFirst.set(key, list);
      }
    }
  }

  /** Every quantity in the tokens, left to right, none overlapping; longest first at a position. */
  read(tokens: readonly Token[]): QuantityMention[] {
    const found: QuantityMention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      // Patterns starting with a number first, then those starting with the word.
      const numbered = t.number !== null ? this.byFirst.get("#") : undefined;
      let best = numbered === undefined ? null : this.longest(tokens, i, numbered, null);
      const worded = this.byFirst.get(t.stem);
      if (worded !== undefined) best = this.longest(tokens, i, worded, best);
      if (best !== null) {
        found.push(best);
        i = best.to - 1;
      }
    }
    return found;
  }

  /** The longest of `best` and the matches of `patterns` at `from` (the first on a tie). */
  private longest(
    tokens: readonly Token[],
    from: number,
    patterns: readonly CompiledPattern[],
    best: QuantityMention | null,
  ): QuantityMention | null {
    let longest = best;
    for (const p of patterns) {
      const m = this.match(tokens, from, p);
      if (m !== null && (longest === null || m.to > longest.to)) longest = m;
    }
    return longest;
  }

  private match(
    tokens: readonly Token[],
    from: number,
    p: CompiledPattern,
  ): QuantityMention | null {
    const slots: Partial<Record<"n" | "a" | "b", number>> = {};
    let at = from;
    for (const [k, item] of p.items.entries()) {
      // Fillers ("by only 5%", "over 600 miles") may sit between the items.
      while (k > 0 && tokens[at] !== undefined && !fits(tokens[at] as Token, item)) {
        if (!this.fillers.has((tokens[at] as Token).stem)) return null;
        at++;
      }
      const t = tokens[at];
      if (t === undefined) return null;
      if ("slot" in item) {
        if (t.number === null) return null;
        slots[item.slot] = t.number;
      } else if (t.stem !== item.stem) return null;
      at++;
    }
    if (!this.inContext(tokens, from, at, p)) return null;
    // "50% of my runs" is a share, not a rise.
    const unit = tokens[at - 1]?.folded;
    if ((unit === "%" || unit === "percent") && tokens[at]?.folded === "of") return null;
    const { n, a, b } = slots;
    let value: number | null = p.value;
    if (n !== undefined) value = n * p.scale;
    else if (a !== undefined && b !== undefined && a > 0) value = ((b - a) / a) * 100;
    if (value === null || !Number.isFinite(value)) return null;
    return quantityMention({ measure: p.measure, value }, from, at);
  }

  /**
   * Whether a context word is in the same clause (between punctuation) as tokens from..to,
   * else a look-back word in the one clause before it ("I upped my mileage, it was 30%"),
   * and no word against the measure is in the clause it is read from ("I cut my mileage by
   * 30%", "I cut my mileage, it was 30%").
   */
  private inContext(tokens: readonly Token[], from: number, to: number, p: CompiledPattern) {
    const has = (words: ReadonlySet<string>, a: number, b: number) => {
      for (let k = a; k < b; k++) if (words.has((tokens[k] as Token).stem)) return true;
      return false;
    };
    let start = from;
    while (start > 0 && !(tokens[start - 1] as Token).punctuation) start--;
    let end = to;
    while (end < tokens.length && !(tokens[end] as Token).punctuation) end++;
    if (has(p.context, start, end)) return !this.saysAgainst(tokens, start, end, p);
    if (p.lookBack.size === 0) return false;
    // One clause back at most: from the mark before this clause to the mark before that.
    let back = start - 1;
    while (back > 0 && !(tokens[back - 1] as Token).punctuation) back--;
    if (back < 0 || !has(p.lookBack, back, start - 1)) return false;
    return !this.saysAgainst(tokens, back, end, p);
  }

  /** Whether one of the rule's `against` phrases is said in tokens a..b, fillers skipped. */
  private saysAgainst(tokens: readonly Token[], a: number, b: number, p: CompiledPattern) {
    for (const phrase of p.against)
      for (let i = a; i < b; i++) {
        let at = i;
        let k = 0;
        for (; k < phrase.length && at < b; at++) {
          const stem = (tokens[at] as Token).stem;
          if (stem === phrase[k]) k++;
          else if (k === 0 || !this.fillers.has(stem)) break;
        }
        if (k === phrase.length) return true;
      }
    return false;
  }
}

function fits(t: Token, item: Item): boolean {
  return "slot" in item ? t.number !== null : t.stem === item.stem;
}

/**
 * The largest rise in percent the numbers after a quantity's span (`from`..`to`) say: a
 * number followed by "%" or "percent" is one; another is its rise over the span's largest
 * number. 0 when none says a rise. One look per token left.
 */
export function laterRise(tokens: readonly Token[], from: number, to: number): number {
  let base = 0;
  for (let i = from; i < to; i++) base = Math.max(base, (tokens[i] as Token).number ?? 0);
  let rise = 0;
  for (let i = to; i < tokens.length; i++) {
    const n = (tokens[i] as Token).number;
    if (n === null) continue;
    const unit = tokens[i + 1]?.folded;
    if (unit === "%" || unit === "percent") rise = Math.max(rise, n);
    else if (base > 0 && n > base) rise = Math.max(rise, (n / base - 1) * 100);
  }
  return rise;
}
