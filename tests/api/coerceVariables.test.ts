import { makeExecutableSchema } from "@graphql-tools/schema";
import fc from "fast-check";
import { getVariableValues, Kind, type OperationDefinitionNode, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { compileVariables } from "../../src/graphql/compiled/coerceVariables.js";
import { loadTrustedDocuments, loadTypeDefs } from "../../src/graphql/index.js";
import { resolvers } from "../../src/graphql/resolvers.js";

const schema = makeExecutableSchema({ typeDefs: await loadTypeDefs(), resolvers });
const operations = [...(await loadTrustedDocuments()).values()].flatMap((text) =>
  parse(text).definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  ),
);
const named = (name: string) => {
  const found = operations.find((o) => o.name?.value === name);
  if (found === undefined) throw new Error(`no operation ${name}`);
  return found;
};
/** The fast coercer of an operation and graphql-js's coercion of the same inputs. */
const both = (operation: OperationDefinitionNode, inputs: Record<string, unknown>) => {
  const fast = compileVariables(schema, operation.variableDefinitions ?? []);
  return {
    fast: fast === null ? null : fast(inputs),
    graphql: getVariableValues(schema, operation.variableDefinitions ?? [], inputs),
  };
};

describe("compileVariables (the compiled path's fast variable coercion)", () => {
  it("reads the usual Trace and Search variables as graphql-js coerces them", () => {
    for (const [name, inputs] of [
      ["Trace", { symptoms: ["my heel hurts", "it is puffy"], limit: 5 }],
      ["Trace", { symptoms: [] }],
      ["Search", { query: "heel", kinds: ["CONDITION", "CAUSE"], limit: null }],
      ["Entity", { id: "plantar-fasciitis" }],
    ] as const) {
      const { fast, graphql } = both(named(name), inputs);
      expect(graphql.errors).toBeUndefined();
      expect(fast).not.toBeNull();
      expect(fast).toEqual(graphql.coerced);
    }
  });

  it("leaves to graphql-js what it would convert, wrap, default or refuse", () => {
    for (const [name, inputs] of [
      ["Trace", { symptoms: "one complaint, not a list" }],
      ["Trace", { symptoms: ["a"], limit: 2.5 }],
      ["Trace", { symptoms: ["a"], limit: 2 ** 31 }],
      ["Trace", { symptoms: [null] }],
      ["Trace", {}],
      ["Search", { query: "heel", kinds: ["NOT_A_KIND"] }],
      ["Entity", { id: 7 }],
    ] as const) {
      expect(both(named(name), inputs).fast).toBeNull();
    }
  });

  it("never differs from graphql-js: equal coercion, or null so graphql-js coerces", () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        fc.constantFrom(null, true, false, 0, -0, 2 ** 31 - 1, 2 ** 31, 1.5, Number.NaN),
        fc.constantFrom("CONDITION", "CAUSE", "nope", "", "__proto__", "toString"),
        fc.string({ maxLength: 4 }),
        fc.integer(),
        fc.double(),
        fc.array(tie("value"), { maxLength: 3 }),
        fc.dictionary(fc.string({ maxLength: 3 }), tie("value"), { maxKeys: 2 }),
      ),
    })).value;
    let read = 0;
    const names = ["symptoms", "limit", "query", "kinds", "id", "prefix", "kind", "first", "after"];
    fc.assert(
      fc.property(
        fc.constantFrom(...operations),
        fc.dictionary(fc.constantFrom(...names), json, { maxKeys: 4 }),
        (operation, inputs) => {
          const { fast, graphql } = both(operation, inputs);
          if (fast === null) return;
          read++;
          expect(graphql.errors).toBeUndefined();
          expect(fast).toStrictEqual(graphql.coerced);
        },
      ),
      { numRuns: 3000 },
    );
    // The property met the fast reading, not only its refusals.
    expect(read).toBeGreaterThan(100);
  });

  it("compiles no fast reading for input objects: graphql-js coerces those", () => {
    const interview = operations.find((o) =>
      o.variableDefinitions?.some((d) => JSON.stringify(d.type).includes("EvidenceInput")),
    );
    if (interview !== undefined) {
      expect(compileVariables(schema, interview.variableDefinitions ?? [])).toBeNull();
    }
    expect(compileVariables(schema, named("Trace").variableDefinitions ?? [])).not.toBeNull();
  });
});
