import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detached, MEMO_ENTRY_BYTES, textBytes, WordMemo } from "../../src/cache/WordMemo.js";
import { TERM_MEMO_BYTES, TERM_MEMO_SIZE, termMemoStats, terms } from "../../src/search/index.js";
import { WORD_MEMO_BYTES, WORD_MEMO_SIZE, wordMemoStats } from "../../src/understand/index.js";
import { realKb } from "../helpers/knowledge.js";

/** Heap in use after two full collections, MiB. */
function heapMiB(): number {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/** A word of `n` letters drawn from `first`'s block of 24 (Greek is outside Latin-1: two bytes a letter). */
function randomWord(n: number, first: number, random: () => number): string {
  return Array.from({ length: n }, () =>
    String.fromCharCode(first + Math.floor(random() * 24)),
  ).join("");
}

describe("word memos (red-team round 11)", () => {
  it("hold no more words and bytes than they are given, whatever the words", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ unit: "grapheme", maxLength: 600 }), fc.boolean()), {
          maxLength: 300,
        }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1_000, max: 60_000 }),
        (words, entries, maxBytes) => {
          const memo = new WordMemo<string | null>({
            entries,
            maxBytes,
            valueBytes: (v) => (v === null ? 0 : textBytes(v)),
            detach: (v) => v,
          });
          for (const [word, stop] of words) {
            if (memo.get(word) === undefined) memo.set(word, stop ? null : word.slice(1));
            const { entries: held, bytes } = memo.stats();
            expect(held).toBeLessThanOrEqual(entries);
            expect(bytes).toBeLessThanOrEqual(maxBytes);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("count a word by its characters, its value's and an entry's overhead", () => {
    const memo = new WordMemo<string | null>({
      entries: 10,
      maxBytes: 100_000,
      valueBytes: (v) => (v === null ? 0 : textBytes(v)),
      detach: (v) => v,
    });
    memo.set("αβγδ", "αβγ");
    memo.set("the", null);
    expect(memo.stats()).toEqual({ entries: 2, bytes: 8 + 6 + 3 * 2 + 2 * MEMO_ENTRY_BYTES });
  });

  it("hold no text a word was cut from", () => {
    const maxBytes = 2 * 2 ** 20;
    const memo = new WordMemo<string | null>({
      entries: 20_000,
      maxBytes,
      valueBytes: (v) => (v === null ? 0 : textBytes(v)),
      detach: (v) => (v === null ? null : detached(v)),
    });
    const before = heapMiB();
    // Each word is cut from a text of 2 000 characters outside Latin-1 (4 000 bytes): kept
    // as V8's view of that text, 20 000 of them would hold 80 MB counted as 2 MiB.
    const padding = "αβγ ".repeat(500);
    for (let i = 0; i < 20_000; i++) {
      const text = `${padding}${i.toString(36).padStart(14, "ω")}`;
      const word = text.slice(-14);
      memo.set(word, word.slice(1));
    }
    const grown = heapMiB() - before;
    expect(memo.stats().entries).toBeGreaterThan(5_000);
    expect(grown).toBeLessThan((maxBytes * 1.25) / 2 ** 20 + 2);
  });

  it("keep search's processed terms within TERM_MEMO_BYTES of heap under unique long words", () => {
    let seed = 11;
    const random = () => {
      seed = (seed * 16_807) % 2_147_483_647;
      return seed / 2_147_483_647;
    };
    const before = heapMiB();
    // Before the byte bound 60 000 unique 500-letter words held 100 MiB, counted as 60 000
    // entries of the 50 000 allowed.
    for (let i = 0; i < 8_000; i++) terms(randomWord(500, 0x3b1, random));
    const grown = heapMiB() - before;
    const { entries, bytes } = termMemoStats();
    expect(entries).toBeLessThanOrEqual(TERM_MEMO_SIZE);
    console.log(`search terms: ${entries} held, ${bytes} B counted, heap +${grown.toFixed(1)} MiB`);
    expect(bytes).toBeLessThanOrEqual(TERM_MEMO_BYTES);
    // What the memo holds, counted, plus its sketch (1 MiB) and a margin for the test's own garbage.
    expect(grown).toBeLessThan((TERM_MEMO_BYTES * 1.25) / 2 ** 20 + 4);
  });

  it("keep the reader's words within WORD_MEMO_BYTES under unique long words", async () => {
    const { reader } = await realKb();
    let seed = 7;
    const random = () => {
      seed = (seed * 16_807) % 2_147_483_647;
      return seed / 2_147_483_647;
    };
    const before = heapMiB();
    for (let i = 0; i < 3_000; i++) {
      reader.read(`${randomWord(450, 0x3b1, random)} heel pain`);
    }
    const grown = heapMiB() - before;
    const { entries, bytes } = wordMemoStats();
    expect(entries).toBeLessThanOrEqual(WORD_MEMO_SIZE);
    console.log(
      `reader's words: ${entries} held, ${bytes} B counted, heap +${grown.toFixed(1)} MiB`,
    );
    expect(bytes).toBeLessThanOrEqual(WORD_MEMO_BYTES);
    expect(grown).toBeLessThan((WORD_MEMO_BYTES * 1.25) / 2 ** 20 + 4);
  });
});
