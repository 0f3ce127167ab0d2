import type { TextMatcher } from "./types.js";

/**
 * A matcher that remembers its answers, up to `size` texts (default 10 000; the memo
 * starts over when full). The knowledge base is immutable, so an answer never goes
 * stale, and runners type the same complaints again and again.
 */
export function memoizeMatcher(matcher: TextMatcher, size = 10_000): TextMatcher {
  const memo = new Map<string, ReturnType<TextMatcher["match"]>>();
  return {
    match(text, kinds) {
      const key = `${kinds.join(",")}\u0000${text}`;
      let answer = memo.get(key);
      if (answer === undefined) {
        answer = matcher.match(text, kinds);
        if (memo.size >= size) memo.clear();
        memo.set(key, answer);
      }
      return answer;
    },
  };
}
