import { getIntrospectionQuery } from "graphql";
import { hostileLimitCases } from "./hostileLimitCases.js";
import { postJson, type RawResponse, send } from "./rawHttp.js";

const nest = (depth: number, inner: string): string =>
  depth === 0 ? inner : `symptoms { indicates { ${nest(depth - 1, inner)} } }`;

/** A hostile request, the status it must get and the code of its first error. */
export interface HostileCase {
  readonly name: string;
  readonly request: () => Promise<RawResponse>;
  readonly status: number;
  /** Expected extensions.code of the first error; null when the request must succeed with data. */
  readonly code: string | null;
}

/**
 * The hostile requests of tests/api/hostile.test.ts, sent to the server at `url()` (read
 * when a request is sent, so it may be set in a beforeAll): every one must get its status
 * and code, none may take the service down.
 */
export function hostileCases(url: () => string): HostileCase[] {
  const q = (query: string, variables: Record<string, unknown> = {}, operationName?: string) =>
    postJson(url(), { query, variables, operationName });
  return [
    {
      name: "depth bomb over cyclic fields",
      request: () =>
        q(`{ entity(id: "plantar-fasciitis") { ... on Condition { ${nest(8, "id")} } } }`),
      status: 400,
      code: "GRAPHQL_VALIDATION_FAILED",
    },
    {
      name: "wide fan-out within the depth limit",
      request: () =>
        q(
          `{ entities(first: 100) { edges { node { ... on Condition { ${nest(2, "id")} treatments { treats { id } } } } } } }`,
        ),
      status: 400,
      code: "QUERY_TOO_COMPLEX",
    },
    {
      name: "first: 100000 on a page",
      request: () => q("{ entities(first: 100000) { totalCount } }"),
      status: 200,
      code: "BAD_USER_INPUT",
    },
    {
      name: "limit: 1000000 in a search",
      request: () => q('{ search(query: "heel", limit: 1000000) { score } }'),
      status: 400,
      code: "QUERY_TOO_COMPLEX",
    },
    {
      name: "alias flood",
      request: () =>
        q(`{ ${Array.from({ length: 60 }, (_, i) => `a${i}: stats { nodeCount }`).join(" ")} }`),
      status: 400,
      code: "GRAPHQL_VALIDATION_FAILED",
    },
    {
      name: "alias flood on an expensive field",
      request: () =>
        q(
          `{ ${Array.from({ length: 20 }, (_, i) => `t${i}: trace(symptoms: ["heel"]) { rootCauses { paths { steps { from { id } to { id } } } } }`).join(" ")} }`,
        ),
      status: 400,
      code: "QUERY_TOO_COMPLEX",
    },
    {
      name: "field duplication past the token limit",
      request: () => q(`{ stats { ${"nodeCount ".repeat(4000)} } }`),
      status: 400,
      code: "GRAPHQL_PARSE_FAILED",
    },
    {
      name: "field duplication under the limits",
      request: () => q(`{ ${"stats { nodeCount } ".repeat(30)} }`),
      status: 200,
      code: null,
    },
    {
      // graphql-js compares each pair: 180 ms of CPU until maxRepeatedFields.
      name: "field duplication past the comparison limit",
      request: () => q(`{ ${"stats { nodeCount } ".repeat(500)} }`),
      status: 400,
      code: "GRAPHQL_VALIDATION_FAILED",
    },
    {
      name: "repeated fields spread from many fragments",
      request: () =>
        q(
          `{ ${Array.from({ length: 29 }, (_, i) => `...F${i}`).join(" ")} } ${Array.from({ length: 29 }, (_, i) => `fragment F${i} on Query { stats { ${"nodeCount edgeCount ".repeat(14)} } }`).join(" ")}`,
        ),
      status: 400,
      code: "GRAPHQL_VALIDATION_FAILED",
    },
    {
      name: "fragment cycle",
      request: () => q("query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }"),
      status: 400,
      code: "GRAPHQL_VALIDATION_FAILED",
    },
    {
      name: "directive flood",
      request: () => q(`{ stats ${"@skip(if: false) ".repeat(40)} { nodeCount } }`),
      status: 400,
      code: "GRAPHQL_VALIDATION_FAILED",
    },
    {
      name: "5000 nested braces",
      request: () => q("{".repeat(5000) + "}".repeat(5000)),
      status: 400,
      code: "GRAPHQL_PARSE_FAILED",
    },
    {
      name: "huge string over the body limit",
      request: () =>
        q("query($q: String!) { search(query: $q) { score } }", { q: "x".repeat(200_000) }),
      status: 413,
      code: "PAYLOAD_TOO_LARGE",
    },
    {
      name: "long string under the body limit",
      request: () =>
        q("query($q: String!) { search(query: $q) { score } }", { q: "x".repeat(90_000) }),
      status: 200,
      code: "BAD_USER_INPUT",
    },
    {
      name: "huge list of symptoms",
      request: () =>
        q("query($s: [String!]!) { trace(symptoms: $s) { disclaimer } }", {
          s: Array.from({ length: 5000 }, () => "a"),
        }),
      status: 400,
      code: "QUERY_TOO_COMPLEX",
    },
    {
      name: "invalid JSON",
      request: () => postJson(url(), '{"query": "{ stats { nodeCount } }"'),
      status: 400,
      code: "BAD_REQUEST",
    },
    {
      name: "empty JSON body",
      request: () => postJson(url(), ""),
      status: 400,
      code: "BAD_REQUEST",
    },
    {
      name: "JSON without a query",
      request: () => postJson(url(), { variables: {} }),
      status: 400,
      code: "BAD_REQUEST",
    },
    {
      name: "wrong content type",
      request: () =>
        send(url(), {
          method: "POST",
          headers: { "content-type": "application/xml" },
          body: "<q/>",
        }),
      status: 415,
      code: "UNSUPPORTED_MEDIA_TYPE",
    },
    {
      name: "text/plain POST (CSRF)",
      request: () =>
        send(url(), {
          method: "POST",
          headers: { "content-type": "text/plain" },
          body: '{"query":"{ stats { nodeCount } }"}',
        }),
      status: 400,
      code: "BAD_REQUEST",
    },
    {
      name: "batched array",
      request: () =>
        postJson(url(), [
          { query: "{ stats { nodeCount } }" },
          { query: "{ stats { edgeCount } }" },
        ]),
      status: 400,
      code: "BAD_REQUEST",
    },
    {
      name: "unknown operation name",
      request: () => q("query A { stats { nodeCount } }", {}, "Nope"),
      status: 400,
      code: "OPERATION_RESOLUTION_FAILURE",
    },
    {
      name: "wrong variable type",
      request: () => q("query($q: String!) { search(query: $q) { score } }", { q: 42 }),
      status: 400,
      code: "BAD_USER_INPUT",
    },
    {
      name: "missing required variable",
      request: () => q("query($q: String!) { search(query: $q) { score } }"),
      status: 400,
      code: "BAD_USER_INPUT",
    },
    {
      name: "NUL in a search",
      request: () =>
        q("query($q: String!) { search(query: $q) { score } }", { q: "heel\u0000pain" }),
      status: 200,
      code: null,
    },
    {
      name: "emoji in a search",
      request: () =>
        q("query($q: String!) { search(query: $q) { score } }", { q: "🏃‍♀️ heel 🦶🔥" }),
      status: 200,
      code: null,
    },
    {
      name: "regex characters in a search",
      request: () =>
        q("query($q: String!) { search(query: $q) { score } }", {
          q: "heel.*(pain|[a-z]+)\\d{2}$^",
        }),
      status: 200,
      code: null,
    },
    {
      name: "mutation",
      request: () => q("mutation { stats { nodeCount } }"),
      status: 400,
      code: "GRAPHQL_VALIDATION_FAILED",
    },
    {
      name: "subscription",
      request: () => q("subscription { stats { nodeCount } }"),
      status: 400,
      code: "GRAPHQL_VALIDATION_FAILED",
    },
    {
      name: "prototype pollution in variables",
      request: () =>
        postJson(
          url(),
          '{"query":"query($q: String!) { search(query: $q) { score } }","variables":{"q":"heel","__proto__":{"polluted":true}}}',
        ),
      status: 400,
      code: "BAD_REQUEST",
    },
    {
      name: "simple GET without preflight (CSRF)",
      request: () =>
        send(url(), { path: `/graphql?query=${encodeURIComponent("{ stats { nodeCount } }")}` }),
      status: 400,
      code: "BAD_REQUEST",
    },
    {
      name: "unknown route",
      request: () => send(url(), { path: "/admin" }),
      status: 404,
      code: "NOT_FOUND",
    },
    {
      name: "PUT /graphql",
      request: () =>
        send(url(), {
          method: "PUT",
          headers: { "content-type": "application/json" },
          body: "{}",
        }),
      status: 405,
      code: "METHOD_NOT_ALLOWED",
    },
    {
      name: "full introspection query",
      request: () => q(getIntrospectionQuery()),
      status: 200,
      code: null,
    },
    {
      name: "introspection fan-out",
      request: () =>
        q(
          "{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }",
        ),
      status: 400,
      code: "GRAPHQL_VALIDATION_FAILED",
    },
    ...hostileLimitCases(url, q),
  ];
}
