import { LRUCache } from "lru-cache";
import type { TextMatcher } from "./types.js";

/** Bytes a remembered hit holds besides the text: the hit object and the list slot (the entity is shared). */
const BYTES_PER_HIT = 64;
/** Bytes of an entry's bookkeeping in the LRU. */
const ENTRY_OVERHEAD = 100;

/**
 * A matcher that remembers its answers in an LRU of at most `maxBytes` (default 8 MiB:
 * key text at two bytes a character, plus each hit). The knowledge base is immutable, so
 * an answer never goes stale, and runners type the same complaints again and again.
 */
export function memoizeMatcher(matcher: TextMatcher, maxBytes = 8 * 2 ** 20): TextMatcher {
  const memo = new LRUCache<string, ReturnType<TextMatcher["match"]>>({
    maxSize: Math.max(1, maxBytes),
    sizeCalculation: (answer, key) =>
      2 * key.length + ENTRY_OVERHEAD + answer.length * BYTES_PER_HIT,
  });
  return {
    match(text, kinds) {
      const key = `${kinds.join(",")}\u0000${text}`;
      let answer = memo.get(key);
      if (answer === undefined) {
        answer = matcher.match(text, kinds);
        memo.set(key, answer);
      }
      return answer;
    },
  };
}
