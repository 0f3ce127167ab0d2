import { connect } from "node:net";
import { MAX_ACCEPT_BYTES } from "../../src/http/installAcceptBound.js";
import { MAX_HEADER_FIELDS } from "../../src/http/installHeaderCount.js";
import type { HostileCase } from "./hostileCases.js";
import { postJson, type RawResponse } from "./rawHttp.js";

/**
 * Hostile requests that lean on a limit (red-team round 9): an enum value the cost memo
 * must not take for any other string, lists as long as a body holds, the schema asked for
 * again and again, an Accept header as long as the headers' limit allows. Part of {@link hostileCases}; `q` sends a query with
 * its variables to the server at `url()`.
 */
export function hostileLimitCases(
  url: () => string,
  q: (query: string, variables?: Record<string, unknown>) => Promise<RawResponse>,
): HostileCase[] {
  const withAccept = (accept: string) =>
    postJson(url(), { query: "{ stats { nodeCount } }" }, { accept });
  return [
    {
      // Red team 9: enum values came as strings, shaped by their terms, so the cost memo gave
      // PRESENTS_WITH (estimated 491 402) the estimate it remembered for PART_OF (200).
      name: "a costly relation in a variable after a cheap one",
      request: async () => {
        const fanOut = (d: number): string =>
          d === 0 ? "relation" : `entity { relations(relations: $r) { ${fanOut(d - 1)} } }`;
        const query = `query R($r: [Relation!]) { entities(first: 100) { edges { node { relations(relations: $r) { ${fanOut(2)} } } } } }`;
        const cheap = await q(query, { r: ["PART_OF"] });
        if (cheap.status !== 200) return cheap;
        return q(query, { r: ["PRESENTS_WITH"] });
      },
      status: 400,
      code: "QUERY_TOO_COMPLEX",
    },
    {
      // Each relation once (relationFilter): 8 000 repeats cost what their 2 values do.
      name: "8000 relations in a filter, as many as a body holds",
      request: () =>
        q(
          `query R($r: [Relation!]) { entities(first: 100) { edges { node { relations(relations: $r) { relation } } } } }`,
          { r: Array.from({ length: 8000 }, (_, i) => (i % 2 ? "TREATS" : "AFFECTS")) },
        ),
      status: 200,
      code: null,
    },
    {
      name: "8000 kinds in a search",
      request: () =>
        q(`query S($k: [EntityKind!]) { search(query: "heel", kinds: $k) { score } }`, {
          k: Array.from({ length: 8000 }, (_, i) => (i % 2 ? "CONDITION" : "SYMPTOM")),
        }),
      status: 200,
      code: null,
    },
    {
      // Each under the introspection cost limit together, 100-370 ms of CPU (red team 9).
      name: "20 aliased __schema fields",
      request: () =>
        q(
          `{ ${Array.from({ length: 20 }, (_, i) => `s${i}: __schema { types { name fields { name args { name } type { name } } } }`).join(" ")} }`,
        ),
      status: 400,
      code: "GRAPHQL_VALIDATION_FAILED",
    },
    {
      name: "an Accept header of 15 KB (3 000 media ranges)",
      request: () => withAccept(Array.from({ length: 3000 }, () => "*/*").join(",")),
      status: 431,
      code: "REQUEST_HEADER_FIELDS_TOO_LARGE",
    },
    {
      name: "an Accept header of MAX_ACCEPT_BYTES",
      // 16 + 252 × 4 bytes: exactly the bound.
      request: () => withAccept(`application/json${",a/b".repeat((MAX_ACCEPT_BYTES - 16) / 4)}`),
      status: 200,
      code: null,
    },
    // Red team 10: a coding the service does not decode was ignored ("not valid JSON").
    ...["gzip", "deflate", "br", "GZIP, identity"].map((coding) => ({
      name: `a body with content-encoding ${coding}`,
      request: () =>
        postJson(url(), { query: "{ stats { nodeCount } }" }, { "content-encoding": coding }),
      status: 415,
      code: "UNSUPPORTED_MEDIA_TYPE",
    })),
    {
      name: "a body with content-encoding identity",
      request: () =>
        postJson(url(), { query: "{ stats { nodeCount } }" }, { "content-encoding": "identity" }),
      status: 200,
      code: null,
    },
    {
      // Red team 10: Node framed it by chunked and the body was read as if plain.
      name: "a body with transfer-encoding gzip, chunked",
      request: () => rawPost(url(), "Transfer-Encoding: gzip, chunked"),
      status: 400,
      code: "BAD_REQUEST",
    },
    {
      name: "a body with transfer-encoding chunked",
      request: () => rawPost(url(), "Transfer-Encoding: chunked"),
      status: 200,
      code: null,
    },
    // Red team 10: Node dropped fields past its count, the Host header among them.
    ...[MAX_HEADER_FIELDS + 1, 1500].map((n) => ({
      name: `${n} header fields`,
      request: () => postJson(url(), { query: "{ stats { nodeCount } }" }, manyHeaders(n)),
      status: 431,
      code: "REQUEST_HEADER_FIELDS_TOO_LARGE",
    })),
    {
      name: "MAX_HEADER_FIELDS header fields",
      request: () =>
        postJson(url(), { query: "{ stats { nodeCount } }" }, manyHeaders(MAX_HEADER_FIELDS)),
      status: 200,
      code: null,
    },
  ];
}

/**
 * Headers that make a request `n` fields in all with the ones fetch adds to a JSON POST
 * (host, connection, content-type, content-length, accept, accept-language, sec-fetch-mode,
 * user-agent, accept-encoding: nine).
 */
function manyHeaders(n: number): Record<string, string> {
  const headers: Record<string, string> = {};
  for (let i = 0; i < n - FETCH_FIELDS; i++) headers[`x-h${i}`] = "a";
  return headers;
}

const FETCH_FIELDS = 9;

/** A chunked POST of a stats query over a raw socket, with `transferEncoding` as its header line. */
function rawPost(url: string, transferEncoding: string): Promise<RawResponse> {
  const body = JSON.stringify({ query: "{ stats { nodeCount } }" });
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let got = "";
    socket.setTimeout(10_000, () => socket.destroy(new Error("no answer in 10 s")));
    socket.on("data", (d: Buffer) => {
      got += d.toString("utf8");
    });
    socket.on("error", reject);
    socket.on("close", () => {
      const status = Number(got.split(" ")[1]);
      const head = got.slice(0, got.indexOf("\r\n\r\n"));
      const text = got.slice(got.indexOf("\r\n\r\n") + 4);
      const contentType = /content-type: ([^\r]*)/i.exec(head)?.[1] ?? "";
      let parsed: RawResponse["body"] = null;
      try {
        parsed = JSON.parse(text) as RawResponse["body"];
      } catch {
        parsed = null;
      }
      resolve({ status, contentType, body: parsed, text });
    });
    socket.end(
      `POST /graphql HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\nContent-Type: application/json\r\n${transferEncoding}\r\n\r\n${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`,
    );
  });
}
