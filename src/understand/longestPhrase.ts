import type { Concept, Mention } from "./Concept.js";
import type { Token } from "./types.js";

/** A node of the lexicon's trie over word stems (src/understand/Lexicon.ts). */
export interface TrieNode {
  readonly next: Map<string, TrieNode>;
  concept: Concept | null;
  /** The words, as written (folded), put at a one-word node. */
  words?: Set<string>;
}

/** Most filler words skipped inside one phrase ("back of my left heel" skips two). */
const MAX_SKIPS = 3;

/** One search of the trie: the tokens, where it starts and stops, and the best phrase so far. */
interface Search {
  readonly tokens: readonly Token[];
  readonly from: number;
  readonly until: number;
  readonly fillers: ReadonlySet<string>;
  best: Mention | null;
}

/**
 * The longest phrase of the trie that starts at token `from` (whose stem led to `start`, the
 * node below the root) and ends by `until`, skipping at most 3 filler words (`fillers`, stems)
 * inside it; null when none ends there. Depth-first: the matched word first, then (inside a
 * phrase) skipping a filler; a phrase is recorded only right after a matched word, never on a
 * skipped filler. Bounded by the trie's depth (its longest phrase) and the 3 skips.
 */
export function longestPhrase(
  tokens: readonly Token[],
  from: number,
  until: number,
  start: TrieNode,
  fillers: ReadonlySet<string>,
): Mention | null {
  const search: Search = { tokens, from, until, fillers, best: null };
  walk(search, start, from + 1, 0, (tokens[from] as Token).typo);
  return search.best;
}

function walk(s: Search, node: TrieNode, at: number, skips: number, typo: boolean): void {
  if (node.concept !== null && (s.best === null || at > s.best.to))
    s.best = { concept: node.concept, from: s.from, to: at, typo };
  follow(s, node, at, skips, typo);
}

function follow(s: Search, node: TrieNode, at: number, skips: number, typo: boolean): void {
  const t = at < s.until ? s.tokens[at] : undefined;
  if (t === undefined || t.punctuation || node.next.size === 0) return;
  const child = node.next.get(t.stem);
  if (child !== undefined) walk(s, child, at + 1, skips, typo || t.typo);
  if (skips < MAX_SKIPS && s.fillers.has(t.stem)) follow(s, node, at + 1, skips + 1, typo);
}
