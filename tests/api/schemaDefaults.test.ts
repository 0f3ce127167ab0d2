import { buildSchema, type GraphQLArgument, isObjectType } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { LIMITS, loadTypeDefs } from "../../src/graphql/index.js";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { fixtureKb } from "../helpers/knowledge.js";

type Bound = { readonly min: number; readonly max: number; readonly default?: number };

/** Each bounded argument of the schema and the LIMITS entry that says its bounds. */
const BOUNDED: Record<string, Bound> = {
  "Query.entities(first)": LIMITS.pageSize,
  "Query.entities(last)": { min: LIMITS.pageSize.min, max: LIMITS.pageSize.max },
  "Query.nodes(ids)": LIMITS.nodeIds,
  "Query.search(limit)": LIMITS.searchLimit,
  "Query.search(offset)": LIMITS.searchOffset,
  "Query.suggest(limit)": LIMITS.suggestLimit,
  "Query.trace(symptoms)": LIMITS.traceSymptoms,
  "Query.trace(complaints)": LIMITS.traceSymptoms,
  "Query.trace(limit)": LIMITS.traceLimit,
  "Query.trace(maxDepth)": LIMITS.traceDepth,
  "Query.trace(evidence)": LIMITS.traceEvidence,
  "Query.trace(questions)": LIMITS.traceQuestions,
  "Condition.rootCauses(limit)": LIMITS.rootCausesLimit,
  "Condition.rootCauses(maxDepth)": LIMITS.traceDepth,
};

/** Every argument of the schema's object types, by `Type.field(argument)`. */
async function schemaArguments(): Promise<Map<string, GraphQLArgument>> {
  const schema = buildSchema(await loadTypeDefs());
  const args = new Map<string, GraphQLArgument>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields()))
      for (const arg of field.args) args.set(`${type.name}.${field.name}(${arg.name})`, arg);
  }
  return args;
}

describe("argument defaults and bounds are said once (src/graphql/limits.ts)", () => {
  it("the schema quotes each bound and default, and its default values are LIMITS'", async () => {
    const args = await schemaArguments();
    for (const [name, bound] of Object.entries(BOUNDED)) {
      const arg = args.get(name);
      expect(arg, name).toBeDefined();
      expect(arg?.description, name).toContain(`${bound.min}..${bound.max}`);
      if (bound.default !== undefined) {
        expect(arg?.description, name).toContain(`(default ${bound.default}`);
        // entities(first) has no schema default: its 20 applies only when `last` is not given.
        if (arg?.defaultValue !== undefined) expect(arg.defaultValue, name).toBe(bound.default);
      }
    }
  });

  it("every argument whose description states a range is listed above", async () => {
    const ranged = [...(await schemaArguments())]
      .filter(([, arg]) => /\d+\.\.\d+ (?!characters)/.test(arg.description ?? ""))
      .map(([name]) => name);
    expect(ranged.filter((name) => !(name in BOUNDED))).toEqual([]);
  });

  describe("the layers below default as the API does", () => {
    let kb: KnowledgeBase;
    beforeAll(async () => {
      kb = await fixtureKb();
    });

    it("trace: limit, maxDepth and questions", () => {
      const inputs = ["heel-ache", "mileage-jump", "stabbing heel pain"];
      expect(kb.trace(inputs)).toEqual(
        kb.trace(inputs, {
          limit: LIMITS.traceLimit.default,
          maxDepth: LIMITS.traceDepth.default,
          questions: LIMITS.traceQuestions.default,
        }),
      );
    });

    it("search and suggest: limit and offset", () => {
      expect(kb.search("heel")).toEqual(
        kb.search("heel", {
          limit: LIMITS.searchLimit.default,
          offset: LIMITS.searchOffset.default,
        }),
      );
      expect(kb.suggest("he")).toEqual(kb.suggest("he", LIMITS.suggestLimit.default));
    });
  });
});
