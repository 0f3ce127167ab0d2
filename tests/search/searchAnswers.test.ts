import { createHash } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { coldText } from "../../bench/coldText.js";
import type { EntityKind } from "../../src/graph/model.js";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { RELEVANCE } from "../fixtures/relevance.js";
import { realKb } from "../helpers/knowledge.js";
import { type KeptAliveClient, keptAliveClient } from "../helpers/rawHttp.js";
import { overHttp } from "../helpers/servers.js";

/**
 * Search's answers, byte for byte, as a hash: the relevance set and 300 generated runner
 * queries, each asked through the HTTP API at several pages and kind filters, plus the
 * index's own hits (coverage and exactness, which the API does not show). A change meant
 * to be invisible (speed, caching) keeps the snapshot; a change of graph-data or ranking
 * changes it on purpose: check the relevance test, then `npx vitest run -u` this file.
 */

/** Search's fields, as each variant asks for them. */
const HIT = "score snippet matchedTerms graphBoost entity { id kind name }";

/** Pages and filters each query is asked with: paging must not change a hit. */
const VARIANTS: readonly {
  limit: number;
  offset: number;
  kinds: readonly EntityKind[] | null;
}[] = [
  { limit: 10, offset: 0, kinds: null },
  { limit: 3, offset: 2, kinds: null },
  { limit: 50, offset: 0, kinds: null },
  { limit: 5, offset: 0, kinds: ["CONDITION", "SYMPTOM"] },
];

/**
 * The search fields one request may carry beside the facets: the API allows four root
 * search fields a request (searchFacets among them).
 */
const PER_REQUEST = 3;

/**
 * The requests a query is asked in, derived from {@link VARIANTS}: each variant under its own
 * alias and variables, {@link PER_REQUEST} to a request, the first also with the facets (which
 * take the query alone, asked once). So every variant is asked over HTTP, a new one too (the
 * test below checks it). Sent one request a variant, with the facets in each, the same answers
 * cost the file twice the HTTP and GraphQL work.
 */
const REQUESTS: readonly { variants: readonly number[]; facets: boolean }[] = Array.from(
  { length: Math.ceil(VARIANTS.length / PER_REQUEST) },
  (_, r) => ({
    variants: VARIANTS.map((_, i) => i).slice(r * PER_REQUEST, (r + 1) * PER_REQUEST),
    facets: r === 0,
  }),
);

/** The document of one of {@link REQUESTS}. */
function document({ variants, facets }: (typeof REQUESTS)[number]): string {
  const declared = variants.map(
    (i) => `, $kinds${i}: [EntityKind!], $limit${i}: Int, $offset${i}: Int`,
  );
  const fields = variants.map(
    (i) =>
      `v${i}: search(query: $query, kinds: $kinds${i}, limit: $limit${i}, offset: $offset${i}) { ${HIT} }`,
  );
  if (facets) fields.push("searchFacets(query: $query) { kind count }");
  return `query ($query: String!${declared.join("")}) {\n  ${fields.join("\n  ")}\n}`;
}

/** The variables of {@link document}(`request`) for `query`. */
function variables(query: string, { variants }: (typeof REQUESTS)[number]) {
  const all: Record<string, unknown> = { query };
  for (const i of variants) {
    const { limit, offset, kinds } = VARIANTS[i] as (typeof VARIANTS)[number];
    Object.assign(all, { [`limit${i}`]: limit, [`offset${i}`]: offset, [`kinds${i}`]: kinds });
  }
  return all;
}

let kb: KnowledgeBase;
let app: FastifyInstance;
let client: KeptAliveClient;
beforeAll(async () => {
  kb = await realKb();
  let url: string;
  ({ app, url } = await overHttp(kb));
  client = keptAliveClient(url);
});
afterAll(async () => {
  client.close();
  await app.close();
});

function queries(): string[] {
  const generated = coldText(kb.data, 42);
  return [...RELEVANCE.map((r) => r.query), ...Array.from({ length: 300 }, generated.query)];
}

it("asks every variant over HTTP, once, and the facets once", () => {
  expect(REQUESTS.flatMap((r) => r.variants)).toEqual(VARIANTS.map((_, i) => i));
  expect(REQUESTS.filter((r) => r.facets)).toHaveLength(1);
});

it("answers the relevance set and 300 generated queries as recorded (SHA-256 of every byte)", async () => {
  const api = createHash("sha256");
  const index = createHash("sha256");
  let answers = 0;
  for (const query of queries()) {
    for (const request of REQUESTS) {
      const { status, text } = await client.post(
        JSON.stringify({ query: document(request), variables: variables(query, request) }),
      );
      expect(status, text).toBe(200);
      api.update(`${query}\n${text}\n`);
    }
    for (const { limit, offset, kinds } of VARIANTS) {
      const hits = kb.searchIndex.search(query, { limit, offset, kinds });
      index.update(
        `${query}\n${JSON.stringify(hits.map((h) => ({ ...h, entity: h.entity.id })))}\n`,
      );
      answers++;
    }
  }
  expect({
    answers,
    api: api.digest("hex"),
    index: index.digest("hex"),
  }).toMatchSnapshot();
  // About 1 300 requests: a few seconds alone, tens on a heavily loaded machine (vitest's
  // timeout, set in vitest.config.ts, leaves room for it).
});
