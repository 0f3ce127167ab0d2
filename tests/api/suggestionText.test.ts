import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boundedMessage, MESSAGE_MAX_CHARS } from "../../src/graphql/boundedMessage.js";
import { lastSuggestionAt, withoutSuggestionText } from "../../src/graphql/suggestionText.js";

/** Messages built from the pieces that matter: the phrase, spaces, question marks, words. */
const message = fc
  .array(fc.constantFrom("Did you mean ", " ", "?", '"limit"', "x", ".", " Did you mean "), {
    maxLength: 12,
  })
  .map((parts) => parts.join(""));

describe("graphql-js's suggestions found in one pass", () => {
  it("finds the suggestion that ends a message where / Did you mean [^?]*\\?$/ does", () => {
    fc.assert(
      fc.property(message, (m) => {
        expect(lastSuggestionAt(m)).toBe(/ Did you mean [^?]*\?$/.exec(m)?.index ?? -1);
      }),
      { numRuns: 2000 },
    );
  });

  it("removes every suggestion as / ?Did you mean [^?]*\\?/g does", () => {
    fc.assert(
      fc.property(message, (m) => {
        expect(withoutSuggestionText(m)).toBe(m.replace(/ ?Did you mean [^?]*\?/g, ""));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("error messages bounded in characters", () => {
  it("keeps a message up to the bound as it is, and cuts a longer one to exactly the bound", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3 * MESSAGE_MAX_CHARS }), (m) => {
        const bounded = boundedMessage(m);
        if (m.length <= MESSAGE_MAX_CHARS) expect(bounded).toBe(m);
        else {
          expect(bounded).toHaveLength(MESSAGE_MAX_CHARS);
          const cut = Number(/ … \((\d+) characters cut\) … /.exec(bounded)?.[1]);
          // The count is what is missing: the kept characters plus the cut give the whole.
          const mark = / … \(\d+ characters cut\) … /.exec(bounded)?.[0] ?? "";
          expect(MESSAGE_MAX_CHARS - mark.length + cut).toBe(m.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("keeps the start (what went wrong) and the end (how to fix it) of a long message", () => {
    const long = `Variable "$l" got invalid value "${"x".repeat(10_000)}": give an Int`;
    const bounded = boundedMessage(long);
    expect(bounded.startsWith('Variable "$l" got invalid value "xxx')).toBe(true);
    expect(bounded.endsWith('xxx": give an Int')).toBe(true);
  });
});
