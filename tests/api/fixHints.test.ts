import type { FastifyInstance } from "fastify";
import { buildSchema, type GraphQLError, parse, validate } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MESSAGE_MAX_CHARS } from "../../src/graphql/boundedMessage.js";
import { withFixHint } from "../../src/graphql/fixHints.js";
import { loadTypeDefs } from "../../src/graphql/loadTypeDefs.js";
import { fixtureKb } from "../helpers/knowledge.js";
import { overHttp, postGraphQL } from "../helpers/servers.js";

/** The service in production mode, as `npm start` runs it: no "Did you mean" suggestions. */
const server = { url: "", app: undefined as FastifyInstance | undefined };
beforeAll(async () => {
  ({ url: server.url, app: server.app } = await overHttp(await fixtureKb(), { production: true }));
});
afterAll(async () => {
  await server.app?.close();
});

/** The first mistakes of a developer new to the API, each refused by graphql-js's validation. */
const INVALID = [
  '{ search(query: "heel") { zzz } }',
  '{ search(query: "heel", lim: 3) { score } }',
  "{ entities(kind: CONDITON) { totalCount } }",
  '{ trace(symptoms: ["heel"]) { triage { reasons } } }',
  "{ stats { nodeCount { id } } }",
  "{ search { score } }",
  "query($n: Int) { search(query: $n) { score } }",
  '{ trace(complaints: [{ id: "heel", text: "x" }]) { disclaimer } }',
  "fragment F on Query { stats { nodeCount } } { stats { nodeCount } }",
  "{ ...G }",
  "query($x: Int) { stats { nodeCount } }",
  "{ search(query: $q) { score } }",
  "query($x: Colour) { stats { nodeCount } }",
];

/** Requests refused before validation or while coercing variables: [document, variables]. */
const REFUSED: readonly [string, Record<string, unknown>][] = [
  ["{ stats { nodeCount }", {}],
  ["query($q: String!) { search(query: $q) { score } }", {}],
  ["query($q: String!) { search(query: $q) { score } }", { q: 5 }],
];

/** The form of this service's messages: what went wrong, then ": " and how to fix it, in lower case. */
const WHAT_AND_HOW = /: [a-z][^:]*$/s;

describe("graphql-js's errors say how to fix them", () => {
  it("appends how to fix to each validation message, keeping what graphql-js said", async () => {
    const schema = buildSchema(await loadTypeDefs());
    for (const document of INVALID) {
      const [error] = validate(schema, parse(document)) as GraphQLError[];
      expect(error, document).toBeDefined();
      // What graphql-js says, less the suggestion production leaves out.
      const original = (error?.message ?? "").replace(/ Did you mean [^?]*\?$/, "");
      expect(original, document).not.toMatch(WHAT_AND_HOW);
      const { body, status } = await postGraphQL(server.url, document);
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      const message = body.errors?.[0]?.message ?? "";
      expect(message.startsWith(original.replace(/\.$/, "")), message).toBe(true);
      expect(message, document).toMatch(WHAT_AND_HOW);
    }
  });

  it("says how to fix a syntax error and a variable that is missing or of the wrong type", async () => {
    for (const [document, variables] of REFUSED) {
      const { body, status } = await postGraphQL(server.url, document, variables);
      expect(status).toBe(400);
      expect(["GRAPHQL_PARSE_FAILED", "BAD_USER_INPUT"]).toContain(
        body.errors?.[0]?.extensions?.code,
      );
      expect(body.errors?.[0]?.message, document).toMatch(WHAT_AND_HOW);
    }
  });

  it("says to resend the text for a persisted-query hash it does not know, keeping Apollo's code", async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        extensions: { persistedQuery: { version: 1, sha256Hash: "e".repeat(64) } },
      }),
    });
    const body = (await res.json()) as {
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    expect(body.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect(body.errors?.[0]?.message).toMatch(/^PersistedQueryNotFound: /);
    expect(body.errors?.[0]?.message).toMatch(WHAT_AND_HOW);
  });

  it("says how to fix each request Apollo cannot read, keeping its code and status", async () => {
    const json = { "content-type": "application/json" };
    const post = (body: string, headers: Record<string, string> = json) => ({
      path: "/graphql",
      init: { method: "POST", headers, body },
    });
    const get = (query: string) => ({
      path: `/graphql?${query}`,
      init: { method: "GET", headers: { "apollo-require-preflight": "true" } },
    });
    const stats = "query=%7Bstats%7BnodeCount%7D%7D";
    const requests: { path: string; init: RequestInit }[] = [
      post("{}"),
      post('{"query":5}'),
      post('[{"query":"{ stats { nodeCount } }"}]'),
      post('{"query":"{ stats { nodeCount } }","variables":"{}"}'),
      post('{"query":"{ stats { nodeCount } }","variables":5}'),
      post('{"query":"{ stats { nodeCount } }","extensions":"{}"}'),
      post('{"query":"{ stats { nodeCount } }","operationName":5}'),
      post('{"query":"{ stats { nodeCount } }"}', { ...json, accept: "application/xml" }),
      get(`${stats}&variables=%7B`),
      get(`${stats}&variables=5`),
      get(`${stats}&${stats}`),
      get("extensions=%7B%7D"),
    ];
    for (const { path, init } of requests) {
      const res = await fetch(`${server.url}${path}`, init);
      const what = `${init.method} ${path} ${String(init.body ?? "")}`;
      expect(res.status, what).toBeGreaterThanOrEqual(400);
      expect(res.status, what).toBeLessThan(500);
      const body = (await res.json()) as {
        errors?: { message: string; extensions?: { code?: string } }[];
      };
      expect(body.errors?.[0]?.extensions?.code, what).toMatch(
        /^(BAD_REQUEST|GRAPHQL_VALIDATION_FAILED)$/,
      );
      expect(body.errors?.[0]?.message, what).toMatch(WHAT_AND_HOW);
    }
  });

  it("answers a variable repeating ' Did you mean ' 6,800 times (95 KB) with a bounded message", async () => {
    const value = " Did you mean ".repeat(6800);
    const document = 'query($l: Int) { search(query: "heel", limit: $l) { score } }';
    const { body, status } = await postGraphQL(server.url, document, { l: value });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.message.length).toBeLessThanOrEqual(MESSAGE_MAX_CHARS);
    expect(body.errors?.[0]?.message).toMatch(WHAT_AND_HOW);
  });

  it("leaves this service's own messages, which say how already, as they are", () => {
    for (const message of [
      "limit: 99 is out of range: allowed 1..50",
      "query too deep: 14 levels, allowed 10: ask for less nesting",
      "this API has no mutation operations: send a query",
    ]) {
      expect(withFixHint({ message }).message).toBe(message);
    }
  });

  it("keeps a suggestion (outside production) last, after how to fix", () => {
    const message = withFixHint({
      message: 'Unknown argument "lim" on field "Query.search". Did you mean "limit"?',
    }).message;
    expect(message).toMatch(
      /^Unknown argument "lim" on field "Query\.search": .+\. Did you mean "limit"\?$/,
    );
  });
});
