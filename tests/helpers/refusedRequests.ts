import { connect } from "node:net";
import type { ServiceLimits } from "../../src/graphql/serviceLimits.js";
import { postJson, type RawResponse, send } from "./rawHttp.js";

/** Which server a row needs: the plain one, one with some limits changed, or trusted-only. */
export type Server = "plain" | "trusted" | Partial<ServiceLimits>;

export interface RefusedRequest {
  readonly name: string;
  /** The server it needs. */
  readonly server: Server;
  /** Sends the bad request to the server at `url`; resolves what came back. */
  readonly request: (url: string) => Promise<RawResponse>;
  /** The HTTP status it must get. */
  readonly status: number;
  /** The extensions.code of its first error. */
  readonly code: string;
}

const post =
  (query: string, variables: Record<string, unknown> = {}) =>
  (url: string) =>
    postJson(url, { query, variables });

/** Posts `query` `times` times and resolves the last answer (for the rate limit). */
const postTimes = (times: number, query: string) => async (url: string) => {
  let last = await postJson(url, { query });
  for (let i = 1; i < times; i++) last = await postJson(url, { query });
  return last;
};

/** Sends headers and never the rest, then resolves the answer the server writes before closing. */
const stalledHeaders = (url: string): Promise<RawResponse> =>
  new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(url).port), "127.0.0.1");
    let reply = "";
    socket.on("data", (d) => {
      reply += d.toString();
    });
    socket.on("error", reject);
    socket.once("close", () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(reply)?.[1] ?? 0);
      const text = reply.slice(reply.indexOf("\r\n\r\n") + 4);
      resolve({ status, contentType: "application/json", body: JSON.parse(text), text });
    });
    socket.write("POST /graphql HTTP/1.1\r\nHost: x\r\n");
  });

/**
 * One bad request per way the API can refuse one, with the status and extensions.code it
 * must get (tests/api/errorMessages.test.ts sends each and checks its message's form).
 */
export const REFUSED_REQUESTS: readonly RefusedRequest[] = [
  {
    name: "an argument out of range",
    server: "plain",
    request: post('{ search(query: "heel", limit: 99) { score } }'),
    status: 200,
    code: "BAD_USER_INPUT",
  },
  {
    name: "an id of the wrong kind",
    server: "plain",
    request: post('{ kineticChain(from: "heel-ache") { id } }'),
    status: 200,
    code: "BAD_USER_INPUT",
  },
  {
    name: "a complaint id that names nothing",
    server: "plain",
    request: post('{ trace(complaints: [{ id: "no-such-id" }]) { disclaimer } }'),
    status: 200,
    code: "BAD_USER_INPUT",
  },
  {
    name: "an empty text to understand",
    server: "plain",
    request: post('{ understand(text: "  ") { understood } }'),
    status: 200,
    code: "BAD_USER_INPUT",
  },
  {
    name: "a variable of the wrong type",
    server: "plain",
    request: post("query($q: String!) { search(query: $q) { score } }", { q: 5 }),
    status: 400,
    code: "BAD_USER_INPUT",
  },
  {
    name: "a required variable missing",
    server: "plain",
    request: post("query($q: String!) { search(query: $q) { score } }"),
    status: 400,
    code: "BAD_USER_INPUT",
  },
  {
    name: "a syntax error",
    server: "plain",
    request: post("{ stats { nodeCount }"),
    status: 400,
    code: "GRAPHQL_PARSE_FAILED",
  },
  {
    name: "a document over the token limit",
    server: "plain",
    request: post(`{ stats { ${"nodeCount ".repeat(4000)} } }`),
    status: 400,
    code: "GRAPHQL_PARSE_FAILED",
  },
  {
    name: "an unknown field",
    server: "plain",
    request: post('{ serch(query: "heel") { score } }'),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
  },
  {
    name: "a mutation",
    server: "plain",
    request: post("mutation { stats { nodeCount } }"),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
  },
  {
    name: "a query too deep",
    server: "plain",
    request: post(
      `{ entity(id: "heel-ache") { ... on Condition { ${"symptoms { indicates { ".repeat(6)}id${" } }".repeat(6)} } } }`,
    ),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
  },
  {
    name: "a fragment spread within itself",
    server: "plain",
    request: post("query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }"),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
  },
  {
    name: "a directive repeated at one place",
    server: "plain",
    request: post("{ stats @skip(if: false) @skip(if: false) { nodeCount } }"),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
  },
  {
    name: "introspection nested too deep",
    server: "plain",
    request: post(
      "{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }",
    ),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
  },
  {
    name: "a query estimated too costly",
    server: "plain",
    request: post('{ search(query: "heel", limit: 1000000) { score } }'),
    status: 400,
    code: "QUERY_TOO_COMPLEX",
  },
  {
    name: "too many trace and search fields",
    server: "plain",
    request: post(
      `{ ${Array.from({ length: 5 }, (_, i) => `s${i}: search(query: "heel") { score }`).join(" ")} }`,
    ),
    status: 400,
    code: "QUERY_TOO_COMPLEX",
  },
  {
    name: "an operationName the document does not have",
    server: "plain",
    request: (url) =>
      postJson(url, { query: "query A { stats { nodeCount } }", operationName: "B" }),
    status: 400,
    code: "OPERATION_RESOLUTION_FAILURE",
  },
  {
    name: "a body that is not JSON",
    server: "plain",
    request: (url) => postJson(url, "{nope"),
    status: 400,
    code: "BAD_REQUEST",
  },
  {
    name: "a batch",
    server: "plain",
    request: (url) => postJson(url, '[{"query":"{ stats { nodeCount } }"}]'),
    status: 400,
    code: "BAD_REQUEST",
  },
  {
    name: "a GET of /graphql with no query",
    server: "plain",
    request: (url) => send(url, { headers: { "apollo-require-preflight": "true" } }),
    status: 400,
    code: "BAD_REQUEST",
  },
  {
    name: "an Accept the service cannot answer",
    server: "plain",
    request: (url) => postJson(url, { query: "{ __typename }" }, { accept: "application/xml" }),
    status: 406,
    code: "BAD_REQUEST",
  },
  {
    name: "an APQ hash the service does not know",
    server: "plain",
    request: (url) =>
      postJson(url, { extensions: { persistedQuery: { version: 1, sha256Hash: "e".repeat(64) } } }),
    status: 200,
    code: "PERSISTED_QUERY_NOT_FOUND",
  },
  {
    name: "a trace past the work budget",
    server: { workBudget: 500 },
    request: post(
      '{ trace(symptoms: ["heel pain, knee ache", "sore calf, tight hips"]) { disclaimer } }',
    ),
    status: 200,
    code: "WORK_BUDGET_EXCEEDED",
  },
  {
    name: "an answer over MAX_RESPONSE_KB",
    server: { maxResponseBytes: 1024 },
    request: post("{ entities(first: 100) { edges { node { id summary } } } }"),
    status: 400,
    code: "RESPONSE_TOO_LARGE",
  },
  {
    name: "a document not trusted, with TRUSTED_DOCUMENTS=only",
    server: "trusted",
    request: post("{ stats { nodeCount } }"),
    status: 403,
    code: "TRUSTED_DOCUMENT_REQUIRED",
  },
  {
    name: "a request over the rate limit",
    server: { rateLimitPerMinute: 1 },
    request: postTimes(2, "{ __typename }"),
    status: 429,
    code: "RATE_LIMITED",
  },
  {
    name: "no such route",
    server: "plain",
    request: (url) => send(url, { path: "/admin" }),
    status: 404,
    code: "NOT_FOUND",
  },
  {
    name: "a method /graphql does not take",
    server: "plain",
    request: (url) => send(url, { method: "DELETE" }),
    status: 405,
    code: "METHOD_NOT_ALLOWED",
  },
  {
    name: "headers that never end",
    server: { headersTimeoutMs: 500 },
    request: stalledHeaders,
    status: 408,
    code: "REQUEST_TIMEOUT",
  },
  {
    name: "a body over 100 KiB",
    server: "plain",
    request: post("query($q: String!) { search(query: $q) { score } }", { q: "x".repeat(200_000) }),
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
  },
  {
    name: "a body of another media type",
    server: "plain",
    request: (url) =>
      send(url, { method: "POST", headers: { "content-type": "text/xml" }, body: "<query/>" }),
    status: 415,
    code: "UNSUPPORTED_MEDIA_TYPE",
  },
  {
    name: "an Accept header over its bound",
    server: "plain",
    request: (url) =>
      postJson(url, { query: "{ __typename }" }, { accept: Array(3000).fill("*/*").join(",") }),
    status: 431,
    code: "REQUEST_HEADER_FIELDS_TOO_LARGE",
  },
];
