import {
  buildSchema,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isEnumType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { CostGate, INTERPRETED_COST_FACTOR } from "../../src/graphql/costGate.js";
import { estimateCost } from "../../src/graphql/costModel.js";
import { loadTypeDefs } from "../../src/graphql/index.js";
import { listBounds } from "../../src/graphql/listBounds.js";
import { DEFAULT_SERVICE_LIMITS } from "../../src/graphql/serviceLimits.js";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import { inProcess } from "../helpers/servers.js";

/**
 * Red-team round 9: aliased `entities(first: 100)` pages were admitted far below what they
 * cost. Two ways: a list selected by `__typename` alone was priced 1 whatever its length, and
 * an operation too large to compile runs on graphql-js's interpreter, slower per field.
 */
let schema: GraphQLSchema;
let kb: KnowledgeBase;
beforeAll(async () => {
  schema = buildSchema(await loadTypeDefs());
  kb = await realKb();
});

const entityTypes = () => schema.getPossibleTypes(schema.getType("Entity") as never);

/** `sub` for each field of `type` with a selection, the field alone for a leaf. */
function fieldsOf(type: GraphQLObjectType, sub: string): string {
  return Object.values(type.getFields())
    .filter((f) => f.name !== "rootCauses")
    .map((f) => {
      const named = getNamedType(f.type);
      return isScalarType(named) || isEnumType(named) ? f.name : `${f.name} ${sub}`;
    })
    .join(" ");
}

/** `n` aliased 100-entity pages, each node selecting `select(type)` on every entity type. */
function pages(n: number, select: (type: GraphQLObjectType) => string): string {
  const node = entityTypes()
    .map((t) => `... on ${t.name} { ${select(t)} }`)
    .join(" ");
  const page = `entities(first: 100) { edges { node { ${node} } } }`;
  return `{ ${Array.from({ length: n }, (_, i) => `e${i}: ${page}`).join(" ")} }`;
}

const scalarsOnly = (t: GraphQLObjectType) =>
  Object.values(t.getFields())
    .filter((f) => {
      const named = getNamedType(f.type);
      return isScalarType(named) || isEnumType(named);
    })
    .map((f) => f.name)
    .join(" ");

describe("aliased entity pages", () => {
  it("prices a list selected by __typename alone by its length, as by any field", () => {
    const bounds = listBounds(kb, schema);
    const cost = (q: string) => estimateCost(schema, parse(q), {}, undefined, bounds)?.cost;
    let checked = 0;
    for (const type of entityTypes()) {
      for (const field of Object.values(type.getFields())) {
        const list = isNonNullType(field.type) ? field.type.ofType : field.type;
        if (!isListType(list) || !isAbstractType(getNamedType(field.type))) continue;
        if (field.args.length > 0) continue;
        const q = (sub: string) =>
          `{ entity(id: "knee") { ... on ${type.name} { ${field.name} { ${sub} } } } }`;
        expect(cost(q("__typename")), `${type.name}.${field.name}`).toBe(cost(q("id")));
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  it("refuses five pages of every list selected by __typename (admitted at 9 510, 45-100 ms of CPU)", async () => {
    const { run } = await inProcess(kb, { production: true });
    const body = await run(pages(5, (t) => fieldsOf(t, "{ __typename }")));
    expect(body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(body.data).toBeUndefined();
  });

  it(`prices an operation too large to compile at ${INTERPRETED_COST_FACTOR} times its walked cost`, async () => {
    const bounds = listBounds(kb, schema);
    const small = pages(4, scalarsOnly);
    const large = pages(20, scalarsOnly);
    const walked = (q: string) => estimateCost(schema, parse(q), {}, undefined, bounds);
    const smallCost = walked(small);
    const largeCost = walked(large);
    if (smallCost === null || largeCost === null) throw new Error("both documents estimate");
    const { maxCompiledFields } = DEFAULT_SERVICE_LIMITS;
    expect(smallCost.compiled).toBeLessThanOrEqual(maxCompiledFields);
    expect(largeCost.compiled).toBeGreaterThan(maxCompiledFields);
    // A limit between the walked and the interpreted cost: only the interpreted one is refused.
    const maxCost = largeCost.cost + 1;
    const gate = new CostGate({ ...DEFAULT_SERVICE_LIMITS, maxCost });
    const admit = (q: string) =>
      gate.admit({
        schema,
        document: parse(q),
        variables: {},
        operationName: undefined,
        kb,
        client: undefined,
      });
    expect(await admit(small)).toBeNull();
    const refusal = await admit(large);
    expect(refusal?.extensions.code).toBe("QUERY_TOO_COMPLEX");
    expect(refusal?.extensions.cost).toBe(largeCost.cost * INTERPRETED_COST_FACTOR);
    expect(refusal?.message).toMatch(/^query too complex: .*: ask for fewer fields/);
    // Under the default limit it still runs, interpreted, and answers every page.
    const { run } = await inProcess(kb, { production: true });
    const body = await run(large);
    expect(body.errors).toBeUndefined();
    expect(Object.keys(body.data ?? {})).toHaveLength(20);
  });
});
