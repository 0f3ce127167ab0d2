import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type BaseVerdict, canParseTarget } from "../../src/http/installHostCheck.js";

/** Characters that make URLs interesting: separators, controls, escapes, Latin-1 letters. */
const TRICKY = [..."/\\\t\n\r \u0000\u001f%?#a.[]:@\u00e4\u007f\u00ff\u0080\u00a0|^{"];
const tricky = (maxLength: number) =>
  fc.array(fc.constantFrom(...TRICKY), { maxLength }).map((chars) => chars.join(""));

/** What Apollo's integration does with the target and base: `new URL` (not URL.canParse, see installHostCheck). */
function parses(url: string, base: string): boolean {
  try {
    new URL(url, base);
    return true;
  } catch {
    return false;
  }
}

describe("the host check's URL test", () => {
  it("says exactly whether new URL parses, for any target and host, remembered or not", () => {
    const known: BaseVerdict = { base: "", valid: false };
    fc.assert(
      fc.property(
        fc.oneof(
          tricky(6),
          tricky(5).map((rest) => `/${rest}`),
        ),
        fc.constantFrom("http", "https"),
        fc.oneof(tricky(4), fc.constantFrom("localhost:4000", "[::1]", "127.0.0.1", "a b", "[")),
        (url, protocol, host) => {
          const base = `${protocol}://${host}/`;
          const verdict = canParseTarget(url, base, known);
          // expect only on a difference: 20 000 calls of expect cost more than the property.
          if (verdict !== parses(url, base)) expect(verdict).toBe(parses(url, base));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it("accepts a Latin-1 host however often it is checked (URL.canParse stops doing so once optimised)", () => {
    // Built from single characters, as node:http's Latin-1 decoding builds a header value.
    const base = ["http://", "\u00e4", "/"].join("");
    for (let i = 0; i < 50_000; i++) {
      const verdict = canParseTarget("/graphql?x", base, { base: "", valid: false });
      // expect only on a refusal: 50 000 calls of expect cost more than the checks.
      if (!verdict) expect(verdict, `call ${i + 1}`).toBe(true);
    }
  });
});
