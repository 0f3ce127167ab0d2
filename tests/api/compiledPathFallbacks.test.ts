import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { documentHash, loadTrustedDocuments } from "../../src/graphql/index.js";
import { DEFAULT_SERVICE_LIMITS } from "../../src/graphql/serviceLimits.js";
import { type BothPaths, type RawRequest, sendBoth, useBothPaths } from "../helpers/bothPaths.js";
import { contractOperations, contractVariables } from "../helpers/contract.js";
import { realKb } from "../helpers/knowledge.js";
import { CONTRACT } from "../helpers/paths.js";

const plain = useBothPaths(realKb);
const tight = useBothPaths(realKb, {
  production: true,
  limits: { ...DEFAULT_SERVICE_LIMITS, maxCost: 10_000, maxResponseBytes: 20_000 },
});
const only = useBothPaths(realKb, {
  trustedDocuments: { documents: await loadTrustedDocuments(), mode: "only" },
});

const text = (name: string) => contractOperations.find((o) => o.name === name)?.query ?? "";
const ID = { "x-request-id": "fallback-test" };
const JSON_POST = { "content-type": "application/json", ...ID };
const post = (body: unknown, headers: Record<string, string> = {}): RawRequest => ({
  headers: { ...JSON_POST, ...headers },
  body: typeof body === "string" ? body : JSON.stringify(body),
});
const search = (variables: unknown, extra: Record<string, unknown> = {}) => ({
  query: text("Search"),
  variables,
  operationName: "Search",
  ...extra,
});
const get = (params: string, headers: Record<string, string> = {}): RawRequest => ({
  method: "GET",
  path: `/graphql?${params}`,
  headers: { "apollo-require-preflight": "true", ...ID, ...headers },
});
const searchParams = `query=${encodeURIComponent(text("Search"))}&variables=${encodeURIComponent(
  JSON.stringify(contractVariables.Search),
)}`;
const apq = (hash: string, extra: Record<string, unknown> = {}, version = 1) => ({
  variables: contractVariables.Search,
  extensions: { persistedQuery: { version, sha256Hash: hash } },
  ...extra,
});
const withAccept = (accept: string) => post(search(contractVariables.Search), { accept });

/** A case: the request, and whether the compiled path answers it (else Apollo alone does). */
type Case = readonly [name: string, request: RawRequest, compiled: boolean];

const cases: Case[] = [
  ["a variable of the wrong type", post(search({ query: 5 })), false],
  ["a required variable missing", post(search({ limit: 3 })), false],
  [
    "a variable out of range (a resolver's error)",
    post(search({ query: "heel", limit: 0 })),
    false,
  ],
  ["a variable nobody declared", post(search({ ...contractVariables.Search, _n: 7 })), true],
  ["null variables", post({ query: text("Stats"), variables: null }), true],
  [
    "several operations and no operationName",
    post({ query: readFileSync(CONTRACT, "utf8"), variables: {} }),
    false,
  ],
  [
    "an operationName not in the document",
    post(search({ query: "heel" }, { operationName: "Nope" })),
    false,
  ],
  ["an empty operationName", post(search({ query: "heel" }, { operationName: "" })), false],
  ["a document it does not know", post({ query: "{ stats { nodeCount } }" }), false],
  ["a known document with a space more", post({ query: ` ${text("Stats")}` }), false],
  [
    "another extension",
    post(search(contractVariables.Search, { extensions: { tracing: true } })),
    false,
  ],
  ["a field besides GraphQL's", post(search(contractVariables.Search, { id: 1 })), false],
  ["a batch", post([search(contractVariables.Search)]), false],
  [
    "JSON with a charset",
    post(search({ query: "arch" }), { "content-type": "application/json; charset=utf-8" }),
    true,
  ],
  ["APQ, a hash it does not know", post(apq("0".repeat(64))), false],
  [
    "APQ, a hash that is not the text's",
    post(apq(documentHash(text("Stats")), { query: text("Search") })),
    false,
  ],
  ["APQ, version 2", post(apq(documentHash(text("Search")), {}, 2)), false],
  ["GET", get(searchParams), true],
  [
    "GET with a JSON content type and no preflight header",
    get(searchParams, { "content-type": "application/json", "apollo-require-preflight": "" }),
    true,
  ],
  [
    "GET without a preflight header (CSRF)",
    get(searchParams, { "apollo-require-preflight": "" }),
    false,
  ],
  ["GET with text/plain", get(searchParams, { "content-type": "text/plain" }), false],
  ["GET with the query twice", get(`${searchParams}&query=x`), false],
  [
    "GET with variables that are not JSON",
    get(`query=${encodeURIComponent(text("Stats"))}&variables=%7B`),
    false,
  ],
  ["GET with + for spaces", get(searchParams.replaceAll("%20", "+")), true],
  ["PUT", { ...post(search(contractVariables.Search)), method: "PUT" }, false],
  ["Accept */*", withAccept("*/*"), true],
  ["Accept application/json", withAccept("application/json"), true],
  [
    "Accept application/graphql-response+json",
    withAccept("application/graphql-response+json"),
    true,
  ],
  [
    "Accept JSON before graphql-response",
    withAccept("application/json, application/graphql-response+json"),
    true,
  ],
  ["Accept of axios", withAccept("application/json, text/plain, */*"), true],
  [
    "Accept with a q",
    withAccept("application/graphql-response+json, application/json;q=0.9"),
    true,
  ],
  ["Accept application/*", withAccept("application/*"), false],
  ["Accept text/html", withAccept("text/html"), false],
  ["Accept application/xml", withAccept("application/xml"), false],
  ["a body over 100 KB", post(search({ query: "x".repeat(120_000) })), false],
  ["an unsafe request id", post(search({ query: "calf" }), { "x-request-id": "a b" }), true],
];

/** Sends `request` both ways and expects the same answer, compiled or not as `compiled`. */
async function expectAlike(paths: BothPaths, request: RawRequest, compiled: boolean) {
  const answers = await sendBoth(paths, request);
  const masked = (e: typeof answers.fast) => ({
    ...e,
    // A request id the server made up is a fresh UUID each time.
    headers: e.headers.map(([k, v]) => [
      k,
      k === "x-request-id" && v !== "fallback-test" ? "uuid" : v,
    ]),
  });
  expect(masked(answers.fast)).toEqual(masked(answers.slow));
  expect(answers.compiled).toBe(compiled ? 1 : 0);
  return answers.fast;
}

describe("the compiled path's fallbacks: Apollo answers, byte for byte the same", () => {
  for (const [name, request, compiled] of cases) {
    it(`${name}: ${compiled ? "compiled" : "Apollo"}`, async () => {
      await expectAlike(plain, request, compiled);
    });
  }

  it("answers a repeat from the response cache, as before", async () => {
    const repeat = post(search({ query: "response cache repeat" }));
    await expectAlike(plain, repeat, true);
    await expectAlike(plain, repeat, true);
    const hit = await expectAlike(plain, repeat, false);
    expect(hit.status).toBe(200);
  });

  it("answers 304 to a GET whose ETag the client holds", async () => {
    const first = await expectAlike(plain, get(searchParams), true);
    const etag = first.headers.find(([k]) => k === "etag")?.[1] ?? "";
    expect(etag).not.toBe("");
    const again = await expectAlike(plain, get(searchParams, { "if-none-match": etag }), false);
    expect(again.status).toBe(304);
  });

  it("refuses a cost over the limit as Apollo does, and keeps the response size limit", async () => {
    const trace = {
      symptoms: ["heel pain", "stiff achilles", "sore arch", "numb toes"],
      limit: 50,
    };
    const costly = await expectAlike(
      tight,
      post({ query: text("Trace"), variables: trace }),
      false,
    );
    expect(costly.body).toContain("QUERY_TOO_COMPLEX");
    // A variable nobody declared changes nothing of the cost: still refused.
    const junk = { query: text("Trace"), variables: { ...trace, _n: 1 } };
    expect((await expectAlike(tight, post(junk), false)).body).toContain("QUERY_TOO_COMPLEX");
    const large = await expectAlike(
      tight,
      post({
        query: text("Trace"),
        variables: { symptoms: ["heel pain", "stiff achilles"], limit: 10 },
      }),
      true,
    );
    expect(large.body).toContain("RESPONSE_TOO_LARGE");
  });

  it("runs only trusted documents in trusted-documents-only mode", async () => {
    await expectAlike(only, post(search({ query: "heel" })), true);
    await expectAlike(only, post(apq(documentHash(text("Search")))), true);
    const refused = await expectAlike(only, post({ query: "{ stats { nodeCount } }" }), false);
    expect(refused.status).toBe(403);
  });
});
