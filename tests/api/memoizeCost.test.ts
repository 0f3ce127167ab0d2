import fc from "fast-check";
import { buildSchema, isEnumType, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { contentFreeVariables } from "../../src/graphql/contentFreeVariables.js";
import { type Cost, estimateCost } from "../../src/graphql/costModel.js";
import { listBounds } from "../../src/graphql/listBounds.js";
import { loadTypeDefs } from "../../src/graphql/loadTypeDefs.js";
import {
  costShape,
  ENUM_VALUE,
  memoizeCost,
  variablesShape,
} from "../../src/graphql/memoizeCost.js";
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
  it("shapes a string by the searches and terms it can cost, not by its words", () => {
    expect(costShape({ s: ["heel pain", "knee ache"] })).toBe(
      costShape({ s: ["calf cramp", "shin splint"] }),
    );
    expect(costShape({ s: ["heel pain"] })).not.toBe(costShape({ s: ["heel pain, knee ache"] }));
    expect(costShape({ n: 5 })).not.toBe(costShape({ n: 50 }));
    // An enum's value is kept: the bounds depend on it (red team 9: a relation's edges).
    expect(costShape({ r: ["PART_OF"] })).not.toBe(costShape({ r: ["PRESENTS_WITH"] }));
  });

  it("takes every enum value of the schema as an enum value (ENUM_VALUE)", async () => {
    const schema = buildSchema(await loadTypeDefs());
    const values = Object.values(schema.getTypeMap())
      .filter(isEnumType)
      .filter((type) => !type.name.startsWith("__"))
      .flatMap((type) => type.getValues().map((v) => v.name));
    expect(values.length).toBeGreaterThan(20);
    for (const value of values) expect(value).toMatch(ENUM_VALUE);
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
        q: words,
        n: fc.constantFrom(3, null),
        first: fc.constantFrom(1, 100),
        r: fc.array(fc.constantFrom("PART_OF", "PRESENTS_WITH", "CAUSES", "TREATS"), {
          maxLength: 2,
        }),
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
  it("does not read the strings of a trace's inputs, and reads a search's as before", () => {
    const free = contentFreeVariables(DOCUMENT);
    expect([...free]).toEqual(["symptoms"]);
    const shape = (symptoms: string[], q: string) => variablesShape({ symptoms, q }, free);
    expect(shape(["heel pain"], "heel")).toBe(
      shape(["stabbing pain under my heel, worse at dawn"], "arch"),
    );
    expect(shape(["heel pain"], "heel")).not.toBe(shape(["heel pain", "knee"], "heel"));
    expect(shape(["heel pain"], "heel")).not.toBe(shape(["heel pain"], "heel arch"));
    expect(variablesShape({ q: "heel arch" }, new Set())).toBe(costShape({ q: "heel arch" }));
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
