import { existsSync, readFileSync } from "node:fs";
import { buildSchema, Kind, type OperationDefinitionNode, parse, print, validate } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { estimateCost } from "../../src/graphql/costModel.js";
import { loadTypeDefs } from "../../src/graphql/index.js";
import { listBounds } from "../../src/graphql/listBounds.js";
import { QUERY_LIMITS } from "../../src/graphql/queryLimits.js";
import { DEFAULT_SERVICE_LIMITS } from "../../src/graphql/serviceLimits.js";
import { contractDocument, contractOperations, contractVariables } from "../helpers/contract.js";
import { realKb } from "../helpers/knowledge.js";
import { CONTRACT_COPIES } from "../helpers/paths.js";
import { type GraphQLBody, inProcess, postGraphQL, useHttpServer } from "../helpers/servers.js";

/** Every top-level field of a result holds data: not null, and not an empty list. */
function expectRealData(name: string, body: GraphQLBody) {
  expect(body.errors, `${name}: ${JSON.stringify(body.errors)}`).toBeUndefined();
  const data = body.data ?? {};
  expect(Object.keys(data).length).toBeGreaterThan(0);
  for (const [field, value] of Object.entries(data)) {
    expect(value, `${name}.${field}`).not.toBeNull();
    if (Array.isArray(value)) expect(value.length, `${name}.${field}`).toBeGreaterThan(0);
  }
}

describe("client contract", () => {
  it("validates against the schema", async () => {
    const schema = buildSchema(await loadTypeDefs());
    expect(validate(schema, contractDocument).map((e) => e.message)).toEqual([]);
  });

  it("has example variables for every operation", () => {
    expect(contractOperations.map((o) => o.name).sort()).toEqual(
      Object.keys(contractVariables).sort(),
    );
  });

  it("vendored copy offers every shared operation unchanged, and more only from next.graphql", () => {
    if (!existsSync(CONTRACT_COPIES.shared)) return;
    const operations = (file: string) =>
      new Map(
        parse(readFileSync(file, "utf8"))
          .definitions.filter(
            (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
          )
          .map((op) => [op.name?.value ?? "", print(op)]),
      );
    const vendored = operations(CONTRACT_COPIES.vendored);
    for (const [name, text] of operations(CONTRACT_COPIES.shared)) {
      expect(vendored.get(name), name).toBe(text);
    }
    const next = existsSync(CONTRACT_COPIES.next) ? operations(CONTRACT_COPIES.next) : new Map();
    const shared = operations(CONTRACT_COPIES.shared);
    for (const [name, text] of vendored) {
      if (!shared.has(name)) expect(next.get(name), `${name} is in next.graphql`).toBe(text);
    }
  });

  describe("in process (executeOperation)", () => {
    let run: Awaited<ReturnType<typeof inProcess>>["run"];
    beforeAll(async () => {
      ({ run } = await inProcess(await realKb()));
    });
    it.each(contractOperations)("$name returns real data", async ({ name, query }) => {
      expectRealData(name, await run(query, contractVariables[name]));
    });
  });

  describe("over HTTP", () => {
    const server = useHttpServer(realKb);
    it.each(contractOperations)("$name returns real data", async ({ name, query }) => {
      const { status, body } = await postGraphQL(server.url, query, contractVariables[name], name);
      expect(status).toBe(200);
      expectRealData(name, body);
    });
  });
});

describe("query limits", () => {
  it("let every contract operation through with room to spare, compiled", async () => {
    const schema = buildSchema(await loadTypeDefs());
    const bounds = listBounds(await realKb(), schema);
    for (const { name } of contractOperations) {
      const cost = estimateCost(
        schema,
        contractDocument,
        { ...contractVariables[name], limit: 50, first: 100 },
        name,
        bounds,
      );
      expect(cost, name).not.toBeNull();
      expect(cost?.cost ?? Infinity, name).toBeLessThan(QUERY_LIMITS.maxCost / 2);
      expect(cost?.compiled ?? Infinity, name).toBeLessThan(
        DEFAULT_SERVICE_LIMITS.maxCompiledFields / 2,
      );
      expect(cost?.expensiveFields ?? Infinity, name).toBeLessThanOrEqual(1);
    }
  });
});

describe("compiled execution (graphql-jit)", () => {
  it("answers every contract operation exactly as graphql-js does", async () => {
    const kb = await realKb();
    // Production mode: no stack traces, which differ between the two executors.
    const jit = await inProcess(kb, { compiled: true, production: true });
    const plain = await inProcess(kb, { compiled: false, production: true });
    for (const { name, query } of contractOperations) {
      const variables = contractVariables[name];
      expect(await jit.run(query, variables), name).toEqual(await plain.run(query, variables));
    }
    const bad = '{ search(query: "") { score } }';
    expect(await jit.run(bad)).toEqual(await plain.run(bad));
  });
});
