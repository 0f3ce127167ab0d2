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

  it("answers exactly what a fresh estimate says about the limit, for any variables and limits", async () => {
    const schema = buildSchema(await loadTypeDefs());
    const overLimit = memoizeCost(estimateCost);
    const variables = fc.record(
      {
        symptoms: fc.array(fc.string(), { maxLength: 3 }),
        // Few sizes, so that requests often share a memo entry.
        limit: fc.constantFrom(5, 50, null, "ten"),
        deep: fc.boolean(),
        q: fc.string(),
        n: fc.constantFrom(3, null),
        first: fc.constantFrom(1, 100),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(variables, fc.constantFrom("T", "E"), fc.constantFrom(0, 200, 600, 3000)),
        ),
        (requests) => {
          for (const [vars, op, limit] of requests) {
            const fresh = estimateCost(schema, DOCUMENT, vars, op);
            const expected = fresh !== null && fresh > limit ? fresh : null;
            expect(overLimit(schema, DOCUMENT, vars, op, limit)).toBe(expected);
          }
        },
      ),
    );
  });
});
