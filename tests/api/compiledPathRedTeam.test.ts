import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadTrustedDocuments } from "../../src/graphql/index.js";
import { exchange, type RawRequest, useBothPaths } from "../helpers/bothPaths.js";
import { contractVariables } from "../helpers/contract.js";
import { contractRequest } from "../helpers/contractRequest.js";
import { realKb } from "../helpers/knowledge.js";
import {
  alike,
  answeredAlike,
  get,
  operationText,
  post,
  rawExchange,
  rawSearch,
  search,
  statsQuery,
} from "../helpers/redTeamRequests.js";

// Red team of the compiled path: requests chosen to make its answer differ from Apollo's,
// or to slip past a check that Apollo's pipeline or the HTTP hooks apply.
const plain = useBothPaths(realKb);
const production = useBothPaths(realKb, { production: true, introspection: false });
const only = useBothPaths(realKb, {
  trustedDocuments: { documents: await loadTrustedDocuments(), mode: "only" },
});

/** A case: its name, the request, and whether the compiled path answers it (null: either). */
type Case = readonly [name: string, request: RawRequest, compiled: boolean | null];

// Stats requests carry a nonce variable where the compiled flag matters: the response cache
// answers the third request of one key (query, operationName, variables, extensions, Accept).
const cases: Case[] = [
  ["Int written 5.0", rawSearch('{"query":"heel","limit":5.0}'), true],
  ["Int written -0 (out of range)", rawSearch('{"query":"heel","limit":-0}'), false],
  ["Int 1e309 (Infinity)", rawSearch('{"query":"heel","limit":1e309}'), false],
  ["Int 2^53+1", rawSearch('{"query":"heel","limit":9007199254740993}'), false],
  ["Int 2^31", rawSearch('{"query":"heel","limit":2147483648}'), false],
  ["a String given a number", rawSearch('{"query":1e3}'), false],
  ["duplicate variable keys (the last wins)", rawSearch('{"query":"heel","query":"arch"}'), true],
  [
    "a __proto__ variable (refused by the JSON parser)",
    rawSearch('{"query":"heel","__proto__":{"limit":0}}'),
    false,
  ],
  [
    "a constructor.prototype variable",
    rawSearch('{"query":"heel","constructor":{"prototype":{}}}'),
    false,
  ],
  ["a lone surrogate", rawSearch('{"query":"heel \\ud800 pain"}'), null],
  ["U+2028 and U+0000 in a string", search({ query: "heel\u2028pain\u0000" }), null],
  ["null for a non-null variable", search({ query: null }), false],
  ["a 90 KB string", search({ query: "heel ".repeat(18_000) }), null],
  [
    "an enum list given one value (list coercion)",
    search({ query: "heel", kinds: "SYMPTOM" }),
    true,
  ],
  ["an enum given a lower-case name", search({ query: "heel", kinds: ["symptom"] }), false],
  [
    "an input object with an unknown constructor field",
    post({
      query: operationText("Interview"),
      variables: { symptoms: ["heel"], evidence: [{ id: "x", present: true, constructor: 1 }] },
    }),
    false,
  ],
  [
    "upper-case content type",
    post({ query: operationText("Stats") }, { "content-type": "APPLICATION/JSON" }),
    true,
  ],
  [
    "JSON with a latin1 charset",
    post({ query: operationText("Stats") }, { "content-type": "application/json; charset=latin1" }),
    true,
  ],
  [
    "graphql-response+json as the body's type",
    post(
      { query: operationText("Stats") },
      { "content-type": "application/graphql-response+json" },
    ),
    false,
  ],
  [
    "multipart body",
    post("--x\r\n\r\n{}\r\n--x--", { "content-type": "multipart/form-data; boundary=x" }),
    false,
  ],
  ["an empty Accept", post({ query: operationText("Stats") }, { accept: "" }), true],
  [
    "Accept with q=0 for JSON",
    post({ query: operationText("Stats") }, { accept: "application/json;q=0" }),
    false,
  ],
  [
    "Accept upper case",
    post({ query: operationText("Stats") }, { accept: "APPLICATION/JSON" }),
    false,
  ],
  [
    "null operationName",
    post({ query: operationText("Stats"), operationName: null, variables: { nonce: 1 } }),
    true,
  ],
  [
    "null extensions",
    post({ query: operationText("Stats"), extensions: null, variables: { nonce: 2 } }),
    true,
  ],
  ["empty extensions", post({ query: operationText("Stats"), extensions: {} }), false],
  [
    "an operationName of another operation",
    post({ query: operationText("Stats"), operationName: "Search" }),
    false,
  ],
  ["GET with a fragment", get(`/graphql?query=${statsQuery}#frag`), null],
  ["GET with a trailing slash", get(`/graphql/?query=${statsQuery}`), false],
  ["GET with empty parameters around", get(`/graphql?&query=${statsQuery}&&x`), true],
  [
    "GET with an empty content type",
    get(`/graphql?query=${statsQuery}`, { "content-type": "" }),
    false,
  ],
  ["GET with variables null", get(`/graphql?query=${statsQuery}&variables=null`), false],
  ["HEAD", { ...get(`/graphql?query=${statsQuery}`), method: "HEAD" }, false],
  ["OPTIONS", { ...get("/graphql"), method: "OPTIONS" }, false],
  ["a batch of one", post([{ query: operationText("Stats") }]), false],
  [
    "an undeclared variable nested 20 000 deep",
    rawSearch(`{"query":"deep","x":${"[".repeat(20_000)}${"]".repeat(20_000)}}`),
    null,
  ],
  [
    "an input object list nested 20 000 deep",
    post(
      `{"query":${JSON.stringify(operationText("Interview"))},"variables":{"symptoms":["heel"],"evidence":${"[".repeat(20_000)}${"]".repeat(20_000)}}}`,
    ),
    false,
  ],
  ["introspection", post({ query: "{ __schema { queryType { name } } }" }), false],
];

describe("the compiled path under attack: Apollo's answer, byte for byte", () => {
  for (const [name, request, compiled] of cases) {
    it(name, async () => {
      for (const paths of [plain, production]) {
        if (compiled === null) await answeredAlike(paths, request);
        else expect((await alike(paths, request)).compiled).toBe(compiled ? 1 : 0);
      }
    });
  }

  for (const host of ["[", "a b", "[::1", "a|b", "%"]) {
    it(`refuses a Host header no URL can have (${host}) with 400, both ways`, async () => {
      for (const request of [
        search(contractVariables.Search),
        get(`/graphql?query=${statsQuery}`),
      ]) {
        const answers = await alike(plain, {
          ...request,
          headers: { ...request.headers, host },
        });
        expect(answers.slow.status).toBe(400);
        expect(JSON.parse(answers.slow.body).errors[0].extensions.code).toBe("BAD_REQUEST");
      }
    });
  }

  it("refuses GraphQL over HTTP/1.0 without a Host header, and anything over HTTP/1.1 without one, with a JSON 400, and serves HTTP/1.0's /health", async () => {
    for (const paths of [plain.fast, plain.slow]) {
      const port = Number(new URL(paths.url).port);
      const graphql = await rawExchange(
        port,
        `GET /graphql?query=${statsQuery} HTTP/1.0\r\napollo-require-preflight: 1\r\n\r\n`,
      );
      expect(graphql).toMatch(/^HTTP\/1\.1 400 /);
      expect(graphql).toContain('"code":"BAD_REQUEST"');
      expect(await rawExchange(port, "GET /health HTTP/1.0\r\n\r\n")).toMatch(/^HTTP\/1\.1 200 /);
      // HTTP/1.1 too: the same JSON 400, not Node's bare one (which no bound counted).
      const eleven = await rawExchange(
        port,
        `GET /graphql?query=${statsQuery} HTTP/1.1\r\napollo-require-preflight: 1\r\nconnection: close\r\n\r\n`,
      );
      expect(eleven).toMatch(/^HTTP\/1\.1 400 /);
      expect(eleven).toContain('"code":"BAD_REQUEST"');
    }
    // Every route refuses HTTP/1.1 without Host (RFC 9112 §3.2), in JSON; HTTP/1.0 is served.
    const port = Number(new URL(plain.fast.url).port);
    for (const path of ["/", "/health", "/livez", "/metrics", "/nowhere"]) {
      const answer = await rawExchange(port, `GET ${path} HTTP/1.1\r\nconnection: close\r\n\r\n`);
      expect(answer, path).toMatch(/^HTTP\/1\.1 400 /);
      const { errors } = JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4));
      expect(errors[0].extensions.code, path).toBe("BAD_REQUEST");
      // What went wrong: how to fix it.
      expect(errors[0].message, path).toMatch(
        /^an HTTP\/1\.1 request needs a Host header [^:]+: send [^:]+$/,
      );
    }
    expect(await rawExchange(port, "GET / HTTP/1.0\r\n\r\n")).toMatch(/^HTTP\/1\.1 200 /);
    expect(
      await rawExchange(port, "GET / HTTP/1.1\r\nHost: x\r\nconnection: close\r\n\r\n"),
    ).toMatch(/^HTTP\/1\.1 200 /);
  });

  it("answers an Expect header other than 100-continue with a JSON 417 and closes, both ways", async () => {
    for (const paths of [plain.fast, plain.slow]) {
      const answer = await rawExchange(
        Number(new URL(paths.url).port),
        `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nExpect: 200-ok\r\nContent-Length: 2\r\n\r\n{}`,
      );
      expect(answer).toMatch(/^HTTP\/1\.1 417 /);
      expect(answer).toMatch(/connection: close/i);
      const body = JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4));
      expect(body.errors[0].extensions.code).toBe("BAD_REQUEST");
    }
  });

  it("gives a GET to an encoded /graphql path its ETag and 304, as to /graphql", async () => {
    const first = await alike(
      plain,
      get(`/%67raphql?query=${statsQuery}&variables=%7B%22n%22%3A1%7D`),
    );
    const etag = first.slow.headers.find(([k]) => k === "etag")?.[1] ?? "";
    expect(etag).not.toBe("");
    const again = await alike(
      plain,
      get(`/%67raphql?query=${statsQuery}&variables=%7B%22n%22%3A1%7D`, { "if-none-match": etag }),
    );
    expect(again.slow.status).toBe(304);
  });

  it("answers generated variables, transports and Accept values alike", async () => {
    await fc.assert(
      fc.asyncProperty(contractRequest(), fc.boolean(), async (r, inProduction) => {
        await answeredAlike(inProduction ? production : plain, r);
      }),
      { numRuns: 60 },
    );
  });
});

describe("trusted-documents-only mode against parser differentials", () => {
  const evil = encodeURIComponent("{ stats { nodeCount } }");
  for (const route of ["/%67raphql", "/graphq%6C"]) {
    it(`never runs an untrusted document sent to ${route}, which reaches /graphql`, async () => {
      for (const request of [
        get(`${route}?query=${evil}`),
        { ...post({ query: "{ stats { nodeCount } }" }), path: route },
      ]) {
        const answer = await exchange(only.fast.url, request);
        expect(answer.status).toBe(403);
        expect(JSON.parse(answer.body).errors[0].extensions.code).toBe("TRUSTED_DOCUMENT_REQUIRED");
      }
      const trusted = await alike(only, { ...get(`${route}?query=${statsQuery}`) });
      expect(trusted.slow.status).toBe(200);
    });
  }

  for (const path of [
    `/graphql?%71uery=${evil}`,
    `/graphql?query=${evil}#&query=x`,
    `/graphql?query=x&query=${evil}`,
    `/graphql?query=${evil}&query=${statsQuery}`,
    `/graphql#?query=${evil}`,
    `/graphql?query=${statsQuery}&extensions=${encodeURIComponent('{"persistedQuery":{"version":1,"sha256Hash":"0"}}')}`,
  ]) {
    it(`never runs an untrusted document: GET ${path.slice(0, 40)}…`, async () => {
      const answer = await exchange(only.fast.url, get(path));
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.body).not.toContain('"data"');
    });
  }
});
