import { beforeAll, describe, expect, it } from "vitest";
import { fixtureKb } from "../helpers/knowledge.js";
import { inProcess } from "../helpers/servers.js";

let run: Awaited<ReturnType<typeof inProcess>>["run"];
beforeAll(async () => {
  ({ run } = await inProcess(await fixtureKb()));
});

const SEARCH =
  "query($q: String!, $limit: Int, $offset: Int) { search(query: $q, limit: $limit, offset: $offset) { score } }";
const TRACE =
  "query($s: [String!]!, $limit: Int, $d: Int) { trace(symptoms: $s, limit: $limit, maxDepth: $d) { disclaimer } }";
const ASKED =
  'query($e: [EvidenceInput!], $n: Int) { trace(symptoms: ["heel"], evidence: $e, questions: $n) { disclaimer } }';

const bad: { name: string; query: string; variables: Record<string, unknown> }[] = [
  { name: "empty search query", query: SEARCH, variables: { q: "" } },
  { name: "whitespace search query", query: SEARCH, variables: { q: "   \t " } },
  { name: "search query over 500 characters", query: SEARCH, variables: { q: "x".repeat(501) } },
  { name: "search limit 0", query: SEARCH, variables: { q: "heel", limit: 0 } },
  { name: "search limit 51", query: SEARCH, variables: { q: "heel", limit: 51 } },
  { name: "search offset -1", query: SEARCH, variables: { q: "heel", offset: -1 } },
  { name: "suggest empty prefix", query: '{ suggest(prefix: "") { text } }', variables: {} },
  {
    name: "suggest limit 21",
    query: '{ suggest(prefix: "he", limit: 21) { text } }',
    variables: {},
  },
  { name: "entities first 0", query: "{ entities(first: 0) { totalCount } }", variables: {} },
  { name: "entities first 101", query: "{ entities(first: 101) { totalCount } }", variables: {} },
  { name: "entities last 0", query: "{ entities(last: 0) { totalCount } }", variables: {} },
  {
    name: "entities foreign before cursor",
    query: '{ entities(last: 2, before: "bm9wZQ") { totalCount } }',
    variables: {},
  },
  { name: "nodes with no ids", query: "{ nodes(ids: []) { id } }", variables: {} },
  {
    name: "nodes with 101 ids",
    query: "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
    variables: { ids: Array.from({ length: 101 }, (_, i) => `id-${i}`) },
  },
  {
    name: "entities foreign cursor",
    query: '{ entities(after: "bm9wZQ") { totalCount } }',
    variables: {},
  },
  {
    name: "kinetic chain of a condition",
    query: '{ kineticChain(from: "heel-ache") { id } }',
    variables: {},
  },
  {
    name: "kinetic chain of an unknown id",
    query: '{ kineticChain(from: "nope") { id } }',
    variables: {},
  },
  { name: "trace with no symptoms", query: TRACE, variables: { s: [] } },
  {
    name: "trace with 21 symptoms",
    query: TRACE,
    variables: { s: Array.from({ length: 21 }, (_, i) => `heel ${i}`) },
  },
  { name: "trace input over 200 characters", query: TRACE, variables: { s: ["h".repeat(201)] } },
  { name: "trace empty input", query: TRACE, variables: { s: [" "] } },
  { name: "trace limit 51", query: TRACE, variables: { s: ["heel"], limit: 51 } },
  { name: "trace depth 11", query: TRACE, variables: { s: ["heel"], d: 11 } },
  // Red team 9: every remaining argument's bounds, each side.
  { name: "search offset 1001", query: SEARCH, variables: { q: "heel", offset: 1001 } },
  {
    name: "suggest prefix over 100 characters",
    query: `{ suggest(prefix: "${"h".repeat(101)}") { text } }`,
    variables: {},
  },
  { name: "suggest limit 0", query: '{ suggest(prefix: "he", limit: 0) { text } }', variables: {} },
  { name: "trace limit 0", query: TRACE, variables: { s: ["heel"], limit: 0 } },
  { name: "trace depth 0", query: TRACE, variables: { s: ["heel"], d: 0 } },
  { name: "trace questions 6", query: ASKED, variables: { n: 6 } },
  { name: "trace questions -1", query: ASKED, variables: { n: -1 } },
  {
    name: "trace evidence of 51 answers",
    query: ASKED,
    variables: { e: Array.from({ length: 51 }, (_, i) => ({ id: `x${i}`, present: true })) },
  },
  {
    name: "rootCauses limit 51",
    query: '{ entity(id: "heel-ache") { ... on Condition { rootCauses(limit: 51) { score } } } }',
    variables: {},
  },
  {
    name: "rootCauses depth 11",
    query:
      '{ entity(id: "heel-ache") { ... on Condition { rootCauses(maxDepth: 11) { score } } } }',
    variables: {},
  },
  {
    name: "trace evidence of an unknown id",
    query: ASKED,
    variables: { e: [{ id: "x", present: true }] },
  },
  {
    name: "trace evidence answering one id twice",
    query: ASKED,
    variables: {
      e: [
        { id: "heel-ache", present: true },
        { id: "heel-ache", present: false },
      ],
    },
  },
];

describe("bad arguments", () => {
  it.each(bad)(
    "$name gives BAD_USER_INPUT saying what is allowed",
    async ({ query, variables }) => {
      const body = await run(query, variables);
      // The field is nullable: the error nulls it alone, the request still has data.
      expect(Object.values(body.data ?? {})).toEqual([null]);
      expect(body.errors).toHaveLength(1);
      expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(body.errors?.[0]?.message).toMatch(/allowed|use|pass|give/);
    },
  );

  it("nulls only the field with the bad argument; the others still answer", async () => {
    const body = await run(
      '{ stats { nodeCount } suggest(prefix: "he", limit: 1) { text } search(query: "heel", limit: 99) { score } }',
    );
    expect(body.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [["search"], "BAD_USER_INPUT"],
    ]);
    expect(body.data?.search).toBeNull();
    expect(body.data?.stats).toEqual({ nodeCount: expect.any(Number) });
    expect(body.data?.suggest).toHaveLength(1);
  });

  it("an unknown entity id gives null, not an error", async () => {
    const body = await run('{ entity(id: "no-such-thing") { id } }');
    expect(body).toEqual({ data: { entity: null } });
  });

  it("accepts the bounds themselves", async () => {
    const body = await run(TRACE, {
      s: Array.from({ length: 20 }, () => "h".repeat(200)),
      limit: 50,
      d: 10,
    });
    expect(body.errors).toBeUndefined();
  });
});
