import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extensionsOf, persistedQueryProblem } from "../../src/http/installPersistedQueryCheck.js";
import { realKb } from "../helpers/knowledge.js";
import { postJson, send } from "../helpers/rawHttp.js";
import { useHttpServer } from "../helpers/servers.js";

const server = useHttpServer(realKb);
const QUERY = "{ stats { nodeCount } }";
const sha = (text: string) => createHash("sha256").update(text).digest("hex");
const apq = (persistedQuery: unknown, query?: string) =>
  postJson(server.url, { ...(query ? { query } : {}), extensions: { persistedQuery } });

/** Red-team round 9: a 90 KB "hash" was told the query was not found, to resend "the same hash". */
describe("persisted-query hashes", () => {
  it.each([
    [
      "a 90 KB hash alone",
      { version: 1, sha256Hash: "x".repeat(90_000) },
      undefined,
      "sha256Hash is a string of 90000 characters, not a SHA-256",
    ],
    [
      "a 90 KB hash with its query",
      { version: 1, sha256Hash: "x".repeat(90_000) },
      QUERY,
      "sha256Hash is a string of 90000 characters, not a SHA-256",
    ],
    [
      "a hash in capitals",
      { version: 1, sha256Hash: sha(QUERY).toUpperCase() },
      QUERY,
      "sha256Hash is a string of 64 characters, not a SHA-256",
    ],
    [
      "a number for a hash",
      { version: 1, sha256Hash: 12 },
      undefined,
      "sha256Hash is a number, not a SHA-256",
    ],
    ["no hash", { version: 1 }, undefined, "sha256Hash is missing, not a SHA-256"],
    ["version 2", { version: 2, sha256Hash: sha(QUERY) }, QUERY, "version is 2, not 1"],
    [
      "a string for the extension",
      "abc",
      undefined,
      "persistedQuery is a string of 3 characters, not an object",
    ],
  ])(
    "refuses %s with 400 BAD_REQUEST saying what a hash must be",
    async (_name, persisted, query, what) => {
      const res = await apq(persisted, query);
      expect(res.status, res.text.slice(0, 300)).toBe(400);
      expect(res.body?.errors).toHaveLength(1);
      const [error] = res.body?.errors ?? [];
      expect(error?.extensions?.code).toBe("BAD_REQUEST");
      expect(error?.message).toContain(what);
      expect(error?.message).toMatch(
        /: send the SHA-256 of the query text as .*64 lowercase hexadecimal characters, with version 1$/,
      );
      // The message never echoes what was sent.
      expect(res.text.length).toBeLessThan(400);
    },
  );

  it("refuses a malformed hash in a GET's extensions too", async () => {
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: "zz" } });
    const res = await send(server.url, {
      path: `/graphql?extensions=${encodeURIComponent(extensions)}`,
      headers: { "apollo-require-preflight": "true" },
    });
    expect(res.status).toBe(400);
    expect(res.body?.errors?.[0]?.message).toContain("sha256Hash is a string of 2 characters");
  });

  it("parses a string extensions only from a GET's URL, never a POST body's", () => {
    const text = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: "x".repeat(90_000) } });
    const asGet = extensionsOf({ method: "GET", query: { extensions: text }, body: undefined });
    expect(persistedQueryProblem(asGet)).not.toBeNull();
    const asPost = extensionsOf({ method: "POST", query: {}, body: { extensions: text } });
    expect(asPost).toBe(text);
    expect(persistedQueryProblem(asPost)).toBeNull();
  });

  it("answers a POST body's string extensions 400 BAD_REQUEST (an object is asked for)", async () => {
    const extensions = JSON.stringify({
      persistedQuery: { version: 1, sha256Hash: "x".repeat(90_000) },
    });
    const res = await postJson(server.url, { query: QUERY, extensions });
    expect(res.status).toBe(400);
    expect(res.body?.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
  });

  it("never reads a GET's extensions past the 16 KB of headers: 431 first", async () => {
    const extensions = JSON.stringify({
      persistedQuery: { version: 1, sha256Hash: "x".repeat(17_000) },
    });
    const res = await send(server.url, {
      path: `/graphql?extensions=${encodeURIComponent(extensions)}`,
      headers: { "apollo-require-preflight": "true" },
    });
    expect(res.status).toBe(431);
    expect(res.body?.errors?.[0]?.extensions?.code).toBe("REQUEST_HEADER_FIELDS_TOO_LARGE");
  });

  it("still runs a well-formed hash: registered with its query, then by hash alone", async () => {
    const hash = sha(QUERY);
    const first = await apq({ version: 1, sha256Hash: hash }, QUERY);
    expect(first.status).toBe(200);
    expect(first.body?.data).toEqual({ stats: { nodeCount: expect.any(Number) } });
    const again = await apq({ version: 1, sha256Hash: hash });
    expect(again.body?.data).toEqual(first.body?.data);
    const unknown = await apq({ version: 1, sha256Hash: sha("{ never sent }") });
    expect(unknown.body?.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    const wrong = await apq({ version: 1, sha256Hash: sha("{ other }") }, QUERY);
    expect(wrong.status).toBe(400);
    expect(wrong.body?.errors?.[0]?.message).toMatch(/^provided sha does not match query/);
  });

  it("accepts exactly the version-1 extensions whose hash is 64 lowercase hex digits", () => {
    const hex = fc.string({
      unit: fc.constantFrom(..."0123456789abcdef"),
      minLength: 64,
      maxLength: 64,
    });
    fc.assert(
      fc.property(
        hex,
        (hash) =>
          persistedQueryProblem({ persistedQuery: { version: 1, sha256Hash: hash } }) === null,
      ),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.anything(), (hash, version) => {
        const ok = version === 1 && /^[0-9a-f]{64}$/.test(hash);
        const problem = persistedQueryProblem({ persistedQuery: { version, sha256Hash: hash } });
        return ok === (problem === null) && (problem ?? "").length < 300;
      }),
    );
    expect(persistedQueryProblem({})).toBeNull();
    expect(persistedQueryProblem(undefined)).toBeNull();
  });
});
