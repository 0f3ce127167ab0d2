import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldText, processTerm, stem, terms, tokenize } from "../../src/search/index.js";

describe("term processing", () => {
  it.each([
    ["running", "run"],
    ["runner", "run"],
    ["runners", "run"],
    ["runs", "run"],
    ["fracture", "fractur"],
    ["fractures", "fractur"],
    ["stretches", "stretch"],
    ["stretching", "stretch"],
    ["heels", "heel"],
    ["tendinitis", "tendinitis"],
  ])("stems %s to %s", (word, stemmed) => {
    expect(stem(word)).toBe(stemmed);
  });

  it("folds case and diacritics, drops stop words and apostrophes", () => {
    expect(terms("Why does my Runner's HEEL hurt?")).toEqual(["run", "heel", "hurt"]);
    expect(foldText("Fasciïtis Café")).toBe("fasciitis cafe");
  });

  it("tokens are never empty and hold only letters and digits", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), (text) => {
        for (const t of tokenize(text)) {
          expect(t.length).toBeGreaterThan(0);
          expect(t).toMatch(/^[\p{L}\p{N}]+$/u);
        }
      }),
    );
  });

  it("folding is idempotent and processing ignores case", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        expect(foldText(foldText(text))).toBe(foldText(text));
        expect(terms(text.toUpperCase())).toEqual(terms(text.toLowerCase()));
      }),
    );
  });

  it("stemming never lengthens a word by more than one letter and keeps its start", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,15}$/), (word) => {
        const s = stem(word);
        expect(s.length).toBeLessThanOrEqual(word.length);
        expect(word.startsWith(s.slice(0, Math.max(0, s.length - 1)))).toBe(true);
        expect(processTerm(word)).toSatisfy((t: string | null) => t === null || t === s);
      }),
    );
  });
});
