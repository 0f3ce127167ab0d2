import fc from "fast-check";
import { buildSchema, type GraphQLInputType, getOperationAST, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { contentFreeVariables } from "../../src/graphql/contentFreeVariables.js";
import { type Cost, estimateCost } from "../../src/graphql/costModel.js";
import { listBounds } from "../../src/graphql/listBounds.js";
import { loadTypeDefs } from "../../src/graphql/loadTypeDefs.js";
import { memoizeCost } from "../../src/graphql/memoizeCost.js";
import { typedShape, variablesShape, variableTypes } from "../../src/graphql/variablesShape.js";
import { realKb } from "../helpers/knowledge.js";

const DOCUMENT = parse(`
  query T($symptoms: [String!]!, $limit: Int, $deep: Boolean!, $q: String!, $n: Int = 3) {
    trace(symptoms: $symptoms, limit: $limit) {
      rootCauses { paths @include(if: $deep) { steps { explanation } } }
    }
    search(query: $q, limit: $n) { score }
  }
  query E($first: Int) { entities(first: $first) { edges { node { id } } } }
  query R($r: [Relation!], $d: Direction) {
    entities(first: 100) { edges { node { relations(relations: $r, direction: $d) { relation } } } }
  }
`);

describe("memoizeCost", () => {
  it("shapes a string by the searches and terms it can cost, not by its words", async () => {
    const schema = buildSchema(await loadTypeDefs());
    const shape = (op: string, vars: Record<string, unknown>) =>
      variablesShape(vars, variableTypes(schema, getOperationAST(DOCUMENT, op)), new Set());
    expect(shape("T", { symptoms: ["heel pain", "knee ache"] })).toBe(
      shape("T", { symptoms: ["calf cramp", "shin splint"] }),
    );
    expect(shape("T", { q: "heel pain" })).not.toBe(shape("T", { q: "heel pain, knee ache" }));
    expect(shape("T", { n: 5 })).not.toBe(shape("T", { n: 50 }));
    // An enum's value is kept: the bounds depend on it (red team 9: a relation's edges).
    expect(shape("R", { r: ["PART_OF"] })).not.toBe(shape("R", { r: ["PRESENTS_WITH"] }));
    // A search text in capitals is a text (red team 10: it was keyed as an enum value).
    expect(shape("T", { q: "HEEL" })).toBe(shape("T", { q: "arch" }));
    expect(shape("T", { q: "PART_OF" })).toBe(shape("T", { q: "PRESENTS_WITH" }));
  });

  it("gives each kind of value its own shapes, read by the declared type, never guessed", async () => {
    const schema = buildSchema(await loadTypeDefs());
    const type = (name: string) => schema.getType(name) as GraphQLInputType;
    const kinds: [string, GraphQLInputType, fc.Arbitrary<unknown>][] = [
      ["e", type("Relation"), fc.constantFrom("PART_OF", "TREATS", "HEEL", "part_of", "")],
      ["s", type("String"), fc.oneof(fc.string(), fc.constantFrom("PART_OF", "HEEL", "TREATS"))],
      ["s", type("ID"), fc.string()],
      ["n", type("Int"), fc.integer()],
      ["n", type("Boolean"), fc.boolean()],
      ["z", type("String"), fc.constant(null)],
      ["x", type("Int"), fc.oneof(fc.string(), fc.constant({}))],
      ["x", type("Relation"), fc.oneof(fc.integer(), fc.boolean())],
    ];
    fc.assert(
      fc.property(
        fc
          .constantFrom(...kinds)
          .chain(([tag, t, value]) => fc.tuple(fc.constant(tag), fc.constant(t), value)),
        fc
          .constantFrom(...kinds)
          .chain(([tag, t, value]) => fc.tuple(fc.constant(tag), fc.constant(t), value)),
        ([tagA, typeA, a], [tagB, typeB, b]) => {
          const shapeA = typedShape(a, typeA, false);
          const shapeB = typedShape(b, typeB, false);
          expect(shapeA[0]).toBe(tagA);
          // Two shapes are equal only for values of one kind.
          if (shapeA === shapeB) expect(tagA).toBe(tagB);
        },
      ),
    );
    // The same text, as an enum value and as a string: never one key.
    expect(typedShape("PART_OF", type("Relation"), false)).not.toBe(
      typedShape("PART_OF", type("String"), false),
    );
  });

  it("answers what a fresh estimate says, and refuses exactly when it would, for any variables and limits", async () => {
    const schema = buildSchema(await loadTypeDefs());
    const kb = await realKb();
    const bounds = listBounds(kb, schema);
    const estimate = (
      ...a: Parameters<typeof estimateCost> extends [...infer P, unknown] ? P : never
    ) => estimateCost(...a, bounds);
    // Small: entries are evicted as the run goes, which must not change any answer.
    const costOf = memoizeCost(4096);
    const words = fc.constantFrom("heel", "pain, knee", "sore", "and ankle", "");
    const variables = fc.record(
      {
        symptoms: fc.array(words, { maxLength: 3 }),
        // Few sizes, so that requests often share a memo entry.
        limit: fc.constantFrom(5, 50, null, "ten"),
        deep: fc.boolean(),
        // Texts in capitals and enum-like texts are texts: priced by their terms.
        q: fc.oneof(words, fc.constantFrom("HEEL", "PART_OF", "HEEL PAIN", "KNEE_ACHE", 7)),
        n: fc.constantFrom(3, null),
        first: fc.constantFrom(1, 100),
        r: fc.oneof(
          fc.array(fc.constantFrom("PART_OF", "PRESENTS_WITH", "CAUSES", "TREATS", "part_of"), {
            maxLength: 2,
          }),
          // A single value for a list, and values of other kinds.
          fc.constantFrom("PRESENTS_WITH", "PART_OF", 3, true),
        ),
        d: fc.constantFrom("INCOMING", "OUTGOING", null),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(variables, fc.constantFrom("T", "E", "R"), fc.constantFrom(0, 200, 600, 3000)),
        ),
        (requests) => {
          for (const [vars, op, limit] of requests) {
            const over = (c: Cost) => c.cost > limit;
            const fresh = estimateCost(schema, DOCUMENT, vars, op, bounds);
            const got = costOf(schema, DOCUMENT, vars, op, kb.version, over, estimate);
            // Refused exactly when a fresh estimate would refuse, with the same cost.
            expect(got !== null && over(got)).toBe(fresh !== null && over(fresh));
            if (fresh !== null) expect(got).toEqual(fresh);
          }
        },
      ),
    );
    // Red team 9: a cheap relation's estimate, remembered, was given to a costly one.
    const relations = memoizeCost(4096);
    for (const r of [["PART_OF"], ["PRESENTS_WITH"], ["CAUSES"], ["PART_OF"]]) {
      const fresh = estimateCost(schema, DOCUMENT, { r }, "R", bounds);
      expect(relations(schema, DOCUMENT, { r }, "R", kb.version, () => false, estimate)).toEqual(
        fresh,
      );
    }
  });
});

describe("variablesShape", () => {
  it("does not read the strings of a trace's inputs, and reads a search's as before", async () => {
    const schema = buildSchema(await loadTypeDefs());
    const free = contentFreeVariables(DOCUMENT);
    const types = variableTypes(schema, getOperationAST(DOCUMENT, "T"));
    expect([...free]).toEqual(["symptoms"]);
    const shape = (symptoms: string[], q: string) => variablesShape({ symptoms, q }, types, free);
    expect(shape(["heel pain"], "heel")).toBe(
      shape(["stabbing pain under my heel, worse at dawn"], "arch"),
    );
    expect(shape(["heel pain"], "heel")).not.toBe(shape(["heel pain", "knee"], "heel"));
    expect(shape(["heel pain"], "heel")).not.toBe(shape(["heel pain"], "heel arch"));
    expect(variablesShape({ q: "heel arch" }, types, free)).toBe(
      variablesShape({ q: "sore knee" }, types, new Set()),
    );
  });

  it("reads a variable's strings when it is used anywhere else too", () => {
    const twice = parse(`
      query T($s: [String!]!, $t: String!) {
        trace(symptoms: $s) { unmatched }
        search(query: $t) { score }
        other: search(query: "x") { entity { ... on Symptom { name } } }
      }
      query U($s: [String!]!) { trace(symptoms: $s) { unmatched } search(query: $s) { score } }
    `);
    expect(contentFreeVariables(twice).size).toBe(0);
  });
});
