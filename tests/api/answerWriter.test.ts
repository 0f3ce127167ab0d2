import { makeExecutableSchema } from "@graphql-tools/schema";
import type { ExecutionResult } from "graphql";
import { describe, expect, it } from "vitest";
import { coldText } from "../../bench/coldText.js";
import { AnswerWriter } from "../../src/graphql/compiled/AnswerWriter.js";
import {
  type KnownOperation,
  KnownOperations,
} from "../../src/graphql/compiled/KnownOperations.js";
import { PIECE_CACHE_BYTES, PieceCache, piecesOf } from "../../src/graphql/compiled/PieceCache.js";
import type { Context } from "../../src/graphql/context.js";
import { loadTrustedDocuments, loadTypeDefs } from "../../src/graphql/index.js";
import { resolvers } from "../../src/graphql/resolvers.js";
import { WorkBudget } from "../../src/graphql/WorkBudget.js";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { contractVariables } from "../helpers/contract.js";
import { fixtureKb, realKb } from "../helpers/knowledge.js";

const schema = makeExecutableSchema({ typeDefs: await loadTypeDefs(), resolvers });
const known = new KnownOperations((await loadTrustedDocuments()).values(), {
  schema,
  validationRules: [],
  maxTokens: 100_000,
  introspection: false,
  maxCompiledFields: 500,
});
const documents = [...(await loadTrustedDocuments()).values()];

/** The contract's operation named `name`, as compiled at start. */
function operation(name: string): KnownOperation {
  for (const text of documents) {
    const found = known.ofText(text)?.operations.get(name);
    if (found !== undefined) return found;
  }
  throw new Error(`no operation ${name}`);
}

const contextOn = (kb: KnowledgeBase, budget = 100_000): Context => ({
  kb,
  requestId: "writer-test",
  outcome: { operationName: null, errorCodes: [] },
  budget: new WorkBudget(budget),
});

/** graph-jit's answer (body, or its result when it has errors) and the writer's. */
async function both(
  name: string,
  kb: KnowledgeBase,
  variables: Record<string, unknown>,
  budget?: number,
) {
  const op = operation(name);
  const result = (await op.plan.query(
    undefined,
    contextOn(kb, budget),
    variables,
  )) as ExecutionResult;
  const plan =
    result.errors === undefined
      ? `${JSON.stringify({ data: result.data })}\n`
      : JSON.stringify(result);
  const written = await op.writer?.write(contextOn(kb, budget), variables);
  const writer =
    written == null ? null : "body" in written ? written.body : JSON.stringify(written.result);
  return { plan, writer };
}

describe("the answer writer", () => {
  it("writes every contract operation", () => {
    for (const name of Object.keys(contractVariables))
      expect(operation(name).writer).not.toBeNull();
  });

  for (const [graph, kb] of [
    ["the bundled graph", realKb],
    ["the fixture", fixtureKb],
  ] as const) {
    it(`writes each contract operation byte for byte as graph-jit's result stringifies, on ${graph}`, async () => {
      for (const [name, variables] of Object.entries(contractVariables)) {
        // Twice: the second answer is spliced from the pieces the first one kept.
        for (const _ of [1, 2]) {
          const { plan, writer } = await both(name, await kb(), variables);
          expect(writer).toBe(plan);
        }
      }
    });
  }

  it("writes never-seen traces and searches alike (generated texts)", async () => {
    const kb = await realKb();
    const texts = coldText(kb.data, 20);
    for (let i = 0; i < 60; i++) {
      const trace = {
        symptoms: [texts.complaint(), texts.complaint()].slice(0, 1 + (i % 2)),
        limit: 1 + (i % 10),
      };
      const traced = await both("Trace", kb, trace);
      expect(traced.writer).toBe(traced.plan);
      const search = { query: texts.query(), limit: 1 + (i % 20) };
      const searched = await both("Search", kb, search);
      expect(searched.writer).toBe(searched.plan);
    }
    // Entities', sources' and path steps' pieces were kept for this data version, bounded.
    expect(piecesOf(kb).size).toBeGreaterThan(0);
    expect(piecesOf(kb).size).toBeLessThanOrEqual(PIECE_CACHE_BYTES);
  });

  it("writes every entity of the bundled graph alike (each type's selection, its pieces)", async () => {
    const kb = await realKb();
    for (const entity of kb.data.entities.values()) {
      const { plan, writer } = await both("Entity", kb, { id: entity.id });
      expect(writer).toBe(plan);
    }
  });

  it("gives a root field's error as graph-jit does, for Apollo to write out", async () => {
    const kb = await realKb();
    const refused = await both("Search", kb, { query: "heel", limit: 0 });
    expect(refused.plan).toContain("BAD_USER_INPUT");
    expect(refused.writer).toBe(refused.plan);
    const spent = await both("Trace", kb, { symptoms: ["my heel hurts"], limit: 5 }, 100);
    expect(spent.plan).toContain("WORK_BUDGET_EXCEEDED");
    expect(spent.writer).toBe(spent.plan);
  });

  it("leaves to graph-jit what it does not write (directives, named fragments)", () => {
    const skip = "query S($n: Boolean!) { stats @skip(if: $n) { nodeCount } }";
    const fragment = "query F { stats { ...C } } fragment C on GraphStats { nodeCount }";
    const others = new KnownOperations([skip, fragment], {
      schema,
      validationRules: [],
      maxTokens: 1000,
      introspection: false,
      maxCompiledFields: 500,
    });
    expect(others.ofText(skip)?.sole?.plan).toBeDefined();
    expect(others.ofText(skip)?.sole?.writer).toBeNull();
    expect(others.ofText(fragment)?.sole?.writer).toBeNull();
    expect(operation("Stats").writer).toBeInstanceOf(AnswerWriter);
  });
});

describe("the piece cache", () => {
  it("keeps pieces up to its bound in bytes, and no more", () => {
    const cache = new PieceCache(1000);
    const selection = {};
    const values = Array.from({ length: 50 }, () => ({}));
    for (const value of values) cache.set(selection, value, "x".repeat(100));
    expect(cache.size).toBeLessThanOrEqual(1000);
    expect(cache.get(selection, values[0] ?? {})).toBe("x".repeat(100));
    expect(cache.get(selection, values[49] ?? {})).toBeUndefined();
  });

  it("writes the same answers when nothing can be kept", async () => {
    const kb = await realKb();
    const text = documents.find((d) => d.includes("query Trace(")) ?? "";
    const document = known.ofText(text)?.document;
    if (document === undefined) throw new Error("the Trace document is not known");
    const nothingKept = new PieceCache(0);
    const unkept = AnswerWriter.compile(
      schema,
      document,
      operation("Trace").definition,
      () => nothingKept,
    );
    const variables = contractVariables.Trace ?? {};
    for (const _ of [1, 2]) {
      const written = await unkept?.write(contextOn(kb), variables);
      const { plan } = await both("Trace", kb, variables);
      expect(written != null && "body" in written ? written.body : null).toBe(plan);
    }
    expect(nothingKept.size).toBe(0);
  });
});
