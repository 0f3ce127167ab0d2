import fc from "fast-check";
import Fastify from "fastify";
import { afterAll, describe, expect, it } from "vitest";
import {
  type BaseVerdict,
  canParseTarget,
  graphqlBase,
  hostnameOf,
} from "../../src/http/installHostCheck.js";

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

describe("the base both the host check and the cache-hit path build", () => {
  const app = Fastify();
  app.get("/", (request) => ({ hostname: request.hostname }));
  afterAll(() => app.close());
  /** Host-header characters (no CR, LF or NUL, which no header value can hold). */
  const HOST = [..."a.b:@[]1 \t%\u00e4/\\"];

  it("takes the host name exactly as Fastify's request.hostname does, whatever the Host", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.array(fc.constantFrom(...HOST), { minLength: 1, maxLength: 8 }).map((c) => c.join("")),
          fc.constantFrom("a b:c@d", "[::1]:4000", "[::1", "localhost:4000", ":80", "[]x:1"),
        ),
        async (host) => {
          const reply = await app.inject({ method: "GET", url: "/", headers: { host } });
          expect(hostnameOf(host)).toBe((reply.json() as { hostname: string }).hostname);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("refuses a Host whose user info would hide a space from the URL parser", () => {
    // `new URL("http://a b:c@d/")` parses ("a b" as user info); the host name alone does not.
    expect(parses("/graphql", "http://a b:c@d/")).toBe(true);
    expect(graphqlBase("http", "a b:c@d")).toBe("http://a b/");
    expect(
      canParseTarget("/graphql", graphqlBase("http", "a b:c@d"), { base: "", valid: false }),
    ).toBe(false);
    expect(graphqlBase("http", "[::1]:4000")).toBe("http://[::1]/");
    expect(graphqlBase("http", "")).toBe("http:///");
  });
});
