import fc from "fast-check";
import { buildSchema, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { loadTypeDefs } from "../../src/api/loadTypeDefs.js";
import { costVariables, memoizeCost } from "../../src/api/memoizeCost.js";
import { estimateCost } from "../../src/api/queryLimits.js";

const DOCUMENT = parse(`
  query T($symptoms: [String!]!, $limit: Int, $deep: Boolean!, $q: String!, $n: Int = 3) {
    trace(symptoms: $symptoms, limit: $limit) {
      rootCauses { paths @include(if: $deep) { steps { explanation } } }
    }
    search(query: $q, limit: $n) { score }
  }
  query E($first: Int) { entities(first: $first) { edges { node { id } } } }
`);

describe("memoizeCost", () => {
  it("keys on the variables that reach a size argument or a directive, and no others", () => {
    expect(costVariables(DOCUMENT)).toEqual(["deep", "first", "limit", "n"]);
  });

  it("gives the same cost as estimating afresh, for any variables, in any order", async () => {
    const schema = buildSchema(await loadTypeDefs());
    const memo = memoizeCost(estimateCost);
    const variables = fc.record(
      {
        symptoms: fc.array(fc.string(), { maxLength: 3 }),
        limit: fc.oneof(fc.integer({ min: -5, max: 60 }), fc.constant(null), fc.string()),
        deep: fc.boolean(),
        q: fc.string(),
        n: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constant(null)),
        first: fc.integer({ min: 0, max: 200 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(variables, fc.constantFrom("T", "E"))), (requests) => {
        for (const [vars, op] of requests) {
          expect(memo(schema, DOCUMENT, vars, op)).toBe(estimateCost(schema, DOCUMENT, vars, op));
        }
      }),
    );
  });
});
