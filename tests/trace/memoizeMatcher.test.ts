import { describe, expect, it } from "vitest";
import type { TextMatcher } from "../../src/trace/index.js";
import { memoizeMatcher } from "../../src/trace/index.js";

describe("memoizeMatcher", () => {
  it("answers as the matcher does, and keeps no more than its byte bound", () => {
    const asked: string[] = [];
    const matcher: TextMatcher = {
      match: (text) => {
        asked.push(text);
        return [];
      },
    };
    // About 20 entries of 200-character texts fit in 10 KB.
    const memo = memoizeMatcher(matcher, 10_000);
    const text = (i: number) => `${i}`.padEnd(200, "x");
    for (let i = 0; i < 100; i++) expect(memo.match(text(i), ["SYMPTOM"])).toEqual([]);
    expect(asked).toHaveLength(100);
    memo.match(text(99), ["SYMPTOM"]);
    expect(asked).toHaveLength(100);
    memo.match(text(0), ["SYMPTOM"]);
    expect(asked).toHaveLength(101);
  });
});
