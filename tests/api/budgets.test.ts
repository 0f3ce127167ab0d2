import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import {
  STACK_LINE_MAX_CHARS,
  STACK_MAX_FRAMES,
  STACKS_PER_ANSWER,
} from "../../src/graphql/boundedStacktraces.js";
import { documentBytes, documentStore } from "../../src/graphql/documentStore.js";
import { createApolloServer, loadTypeDefs } from "../../src/graphql/index.js";
import { WorkBudget } from "../../src/graphql/WorkBudget.js";
import { fixtureKb } from "../helpers/knowledge.js";
import { useServersWith } from "../helpers/limitedServers.js";
import { postJson } from "../helpers/rawHttp.js";
import { type GraphQLBody, silentLogger } from "../helpers/servers.js";

// The work budget, the document store and the answer's size. The limits on requests
// (rate, in flight) are tests/api/rateLimits.test.ts's; on connections and slow or
// oversized requests, tests/api/connectionLimits.test.ts's.

/** The real HTTP server over the fixture graph with some limits changed (production unless told). */
const serverWith = useServersWith();

/** Runs `query` in process with a work budget of `units`. */
async function withBudget(units: number, query: string): Promise<GraphQLBody> {
  const server = createApolloServer({
    typeDefs: await loadTypeDefs(),
    log: silentLogger,
    production: true,
  });
  await server.start();
  const response = await server.executeOperation(
    { query },
    {
      contextValue: {
        kb: await fixtureKb(),
        requestId: "budget",
        outcome: { operationName: null, errorCodes: [] },
        budget: new WorkBudget(units),
      },
    },
  );
  await server.stop();
  if (response.body.kind !== "single") throw new Error("expected a single result");
  return response.body.singleResult as GraphQLBody;
}

describe("work budget", () => {
  it("stops a trace whose reading exceeds it, with WORK_BUDGET_EXCEEDED", async () => {
    // Each input read costs FIELD_WEIGHTS.perSearch (300): two inputs need 600.
    const query =
      '{ trace(symptoms: ["heel pain, knee ache", "sore calf, tight hips"]) { disclaimer } }';
    expect((await withBudget(100_000, query)).errors).toBeUndefined();
    const body = await withBudget(500, query);
    expect(body.errors?.[0]?.extensions?.code).toBe("WORK_BUDGET_EXCEEDED");
    expect(body.errors?.[0]?.message).toMatch(/: .*send fewer/);
  });

  it("stops a search whose terms exceed it", async () => {
    const query = '{ search(query: "heel pain knee ache sore calf tight hips morning") { score } }';
    expect((await withBudget(100_000, query)).errors).toBeUndefined();
    expect((await withBudget(60, query)).errors?.[0]?.extensions?.code).toBe(
      "WORK_BUDGET_EXCEEDED",
    );
  });
});

describe("document store", () => {
  it("sizes a document by its source, comments included", () => {
    const padded = parse(`{ __typename } #${"é".repeat(99_000)}`);
    expect(documentBytes(padded)).toBeGreaterThan(2 * 99_000);
  });

  it("keeps no more bytes than its bound; once full, least recently used out for a document asked for more often", async () => {
    // A fixed seed: one tie in 128 is admitted by a seeded draw, and the first assertion
    // assumes the never-asked third's offer is not (with a random seed, 1 run in 128 failed).
    const store = documentStore(250_000, 1);
    const doc = (i: number) => parse(`{ a${i}: __typename } #${"x".repeat(50_000)}`);
    // Two fit: the third, never asked for, is not kept in a full store...
    for (let i = 0; i < 3; i++) await store.set(`k${i}`, doc(i));
    expect(await store.get("k2")).toBeUndefined();
    // ...but once asked for (that miss) more often than the oldest, it pushes it out.
    await store.set("k2", doc(2));
    expect(await store.get("k0")).toBeUndefined();
    expect(await store.get("k2")).toBeDefined();
  });
});

describe("response size", () => {
  it("refuses an answer over MAX_RESPONSE_KB with RESPONSE_TOO_LARGE, JSON", async () => {
    const url = await serverWith({ maxResponseBytes: 1024 });
    const small = await postJson(url, { query: "{ stats { nodeCount } }" });
    expect(small.status).toBe(200);
    const big = await postJson(url, {
      query: "{ entities(first: 100) { edges { node { id summary } } } }",
    });
    expect(big.status).toBe(400);
    expect(big.body?.errors?.[0]?.extensions?.code).toBe("RESPONSE_TOO_LARGE");
  });
});

describe("error answers in development, with their stacks", () => {
  it("stay under MAX_RESPONSE_KB: each stack cut, and only the first errors carry one", async () => {
    const url = await serverWith({ maxResponseBytes: 32 * 1024 }, false);
    // graphql-js repeats a variable's value in its message and so in the stack's first line.
    const coercion = await postJson(url, {
      query: 'query($l: Int) { search(query: "heel", limit: $l) { score } }',
      variables: { l: "x".repeat(95_000) },
    });
    // A hundred validation errors (graphql-js stops there), each with its stack.
    const many = Array.from({ length: 150 }, (_, i) => `a${i}: nope${i}`).join(" ");
    const validation = await postJson(url, { query: `{ ${many} }` });
    for (const [res, code] of [
      [coercion, "BAD_USER_INPUT"],
      [validation, "GRAPHQL_VALIDATION_FAILED"],
    ] as const) {
      expect(res.status).toBe(400);
      const errors = (res.body?.errors ?? []) as {
        extensions?: { code?: string; stacktrace?: string[] };
      }[];
      expect(errors[0]?.extensions?.code).toBe(code);
      const stacks = errors.flatMap((e) => e.extensions?.stacktrace ?? []);
      expect(stacks.length).toBeGreaterThan(1);
      expect(errors.filter((e) => e.extensions?.stacktrace).length).toBeLessThanOrEqual(
        STACKS_PER_ANSWER,
      );
      for (const e of errors)
        expect(e.extensions?.stacktrace?.length ?? 0).toBeLessThanOrEqual(STACK_MAX_FRAMES + 1);
      for (const line of stacks) expect(line.length).toBeLessThanOrEqual(STACK_LINE_MAX_CHARS);
    }
    expect(validation.body?.errors?.length).toBeGreaterThan(100);
  });
});
