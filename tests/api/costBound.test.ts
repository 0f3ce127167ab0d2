import fc from "fast-check";
import {
  buildSchema,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isEnumType,
  isObjectType,
  isScalarType,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { loadTypeDefs } from "../../src/graphql/index.js";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import { inProcess } from "../helpers/servers.js";

/**
 * docs/limits.md's promise: no document the limits accept costs more than this much CPU to
 * parse, validate, estimate, compile and run on the bundled graph.
 */
const STATED_MS = 100;
/**
 * Margin for a busy or slower 2-core machine: the test fails only past three times the
 * promise. CPU time, which a machine that makes the test wait does not inflate; a slower
 * one does: the slowest accepted document took 72 ms at a load of 40 on our 2 cores (GC
 * threads and a shared cache count), so a CPU three times slower than ours stays under.
 */
const MARGIN = 3;
const RUNS = 60;

let schema: GraphQLSchema;
let kb: KnowledgeBase;
beforeAll(async () => {
  schema = buildSchema(await loadTypeDefs());
  kb = await realKb();
});

const WORDS = ["heel", "pain", "sore", "knee", "achilles", "tight", "morning", "xqzvw", "run"];
const text = (maxClauses: number) =>
  fc
    .array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }), {
      minLength: 1,
      maxLength: maxClauses,
    })
    .map((clauses) =>
      JSON.stringify(
        clauses
          .map((c) => c.join(" "))
          .join(", ")
          .slice(0, 200),
      ),
    );

/** Arguments for a field: sizes at their maximum often, real ids, many-clause texts. */
function argumentsFor(type: string, field: string): fc.Arbitrary<string> {
  switch (`${type}.${field}`) {
    case "Query.entity":
      return fc.constantFrom('(id: "knee")', '(id: "plantar-fasciitis")', '(id: "overtraining")');
    case "Query.node":
      return fc.constantFrom('(id: "knee")', '(id: "plantar-fasciitis")');
    case "Query.nodes":
      return fc
        .constantFrom(1, 10, 100)
        .map((n) => `(ids: [${Array(n).fill('"plantar-fasciitis"').join(", ")}])`);
    case "Query.trace":
      return fc
        .tuple(
          fc.array(text(12), { minLength: 1, maxLength: 20 }),
          fc.integer({ min: 1, max: 50 }),
          fc.boolean(),
        )
        .map(([s, limit, structured]) =>
          structured
            ? `(complaints: [${s.map((t) => `{ text: ${t} }`).join(", ")}], limit: ${limit}, maxDepth: 10)`
            : `(symptoms: [${s.join(", ")}], limit: ${limit}, maxDepth: 10)`,
        );
    case "Query.search":
      return fc
        .tuple(text(20), fc.integer({ min: 1, max: 50 }))
        .map(([q, l]) => `(query: ${q}, limit: ${l})`);
    case "Query.searchFacets":
      return text(20).map((q) => `(query: ${q})`);
    case "Query.suggest":
      return fc.constant('(prefix: "he", limit: 20)');
    case "Query.entities":
      return fc.constant("(first: 100)");
    case "Query.kineticChain":
      return fc.constant('(from: "plantar-fascia")');
    case "Condition.rootCauses":
      return fc.constant("(limit: 50, maxDepth: 10)");
    default:
      return fc.constant("");
  }
}

/** A selection on `type`, up to `depth` levels, several fields per level, abstract fields spread over every type. */
function selection(type: GraphQLObjectType, depth: number): fc.Arbitrary<string> {
  const fields = Object.values(type.getFields());
  const one = fc.constantFrom(...fields).chain((field) => {
    const named = getNamedType(field.type);
    const leaf = isScalarType(named) || isEnumType(named);
    const sub: fc.Arbitrary<string> = leaf
      ? fc.constant("")
      : depth <= 0
        ? fc.constant("{ __typename }")
        : isObjectType(named)
          ? selection(named, depth - 1).map((s) => `{ ${s} }`)
          : isAbstractType(named)
            ? fc
                .subarray(schema.getPossibleTypes(named) as GraphQLObjectType[], { minLength: 1 })
                .chain((types) =>
                  fc.tuple(
                    ...types.map((t) =>
                      selection(t, depth - 1).map((s) => `... on ${t.name} { ${s} }`),
                    ),
                  ),
                )
                .map((parts) => `{ id ${parts.join(" ")} }`)
            : fc.constant("{ __typename }");
    return fc
      .tuple(argumentsFor(type.name, field.name), sub, fc.nat(1_000_000))
      .map(([args, s, n]) => `f${n}: ${field.name}${args} ${s}`);
  });
  return fc.array(one, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(" "));
}

describe("cost model", () => {
  it(`accepts no document that costs more than ${STATED_MS} ms of CPU (asserted at ×${MARGIN})`, async () => {
    const { run } = await inProcess(kb, { production: true });
    const query = schema.getQueryType() as GraphQLObjectType;
    let accepted = 0;
    let worst = { ms: 0, query: "" };
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 8 }).chain((depth) => selection(query, depth)),
        async (fields) => {
          const document = `{ ${fields} }`;
          const before = process.cpuUsage();
          const body = await run(document);
          const used = process.cpuUsage(before);
          const ms = (used.user + used.system) / 1000;
          const refused = body.errors?.some((e) =>
            ["QUERY_TOO_COMPLEX", "GRAPHQL_VALIDATION_FAILED", "GRAPHQL_PARSE_FAILED"].includes(
              e.extensions?.code ?? "",
            ),
          );
          if (refused) return;
          accepted++;
          if (ms > worst.ms) worst = { ms, query: document };
          expect(ms, document.slice(0, 500)).toBeLessThan(STATED_MS * MARGIN);
        },
      ),
      // A fixed seed: the same documents each run, so how many are accepted does not vary.
      { numRuns: RUNS, seed: 20_261_201 },
    );
    console.log(
      `cost model: ${accepted} of ${RUNS} generated documents accepted; slowest ${worst.ms.toFixed(1)} ms CPU (stated ${STATED_MS} ms)`,
    );
    expect(accepted).toBeGreaterThan(10);
  });
});

describe("the most CPU per admitted request (red-team round 11)", () => {
  // Four traces of 20 inputs, each 200 characters of site, feeling, time and person words:
  // every input read gives many findings (32 at most), another's words are read again.
  // Admitted at 25 208 (half of MAX_COST); measured in the compiled service at a load near
  // 20 on 2 cores: 45-55 ms of CPU a request once warm, 120-690 ms in its first 25.
  const SIGNS = ["heel", "knee", "ankle", "achilles", "numb", "swollen", "red", "warm", "not"];
  const MORE = ["no", "pain", "tight", "sore", "left", "right", "my", "dad", "hurts", "after"];
  const LAST = ["morning", "sharp", "burning", "worse", "stairs", "calf", "arch", "tingling"];
  const WORDS_READ = [...SIGNS, ...MORE, ...LAST];
  const input = (seed: number) =>
    Array.from({ length: 60 }, (_, i) => WORDS_READ[(seed * 7 + i * i * 13) % WORDS_READ.length])
      .join(" ")
      .slice(0, 200);
  const query = `query T($a: [String!]!, $b: [String!]!, $c: [String!]!, $d: [String!]!) { ${[
    "a",
    "b",
    "c",
    "d",
  ]
    .map(
      (k) =>
        `${k}: trace(symptoms: $${k}, limit: 1, maxDepth: 1, questions: 0) { triage { level } }`,
    )
    .join(" ")} }`;
  const variables = (round: number) =>
    Object.fromEntries(
      ["a", "b", "c", "d"].map((k, t) => [
        k,
        Array.from({ length: 20 }, (_, i) => input(round * 80 + t * 20 + i)),
      ]),
    );

  it(`is admitted and, warm, stays under ${STATED_MS} ms of CPU (asserted at ×${MARGIN})`, async () => {
    const { run } = await inProcess(kb, { production: true });
    // A process's first runs of the reader are not yet compiled by V8 (see docs/limits.md).
    for (let round = 0; round < 8; round++)
      expect((await run(query, variables(round))).errors).toBeUndefined();
    const used: number[] = [];
    for (let round = 8; round < 14; round++) {
      const before = process.cpuUsage();
      const body = await run(query, variables(round));
      const cpu = process.cpuUsage(before);
      expect(body.errors).toBeUndefined();
      used.push((cpu.user + cpu.system) / 1000);
    }
    used.sort((x, y) => x - y);
    const median = used[Math.floor(used.length / 2)] ?? Infinity;
    console.log(`4 traces x 20 many-finding inputs: median ${median.toFixed(1)} ms CPU warm`);
    expect(median).toBeLessThan(STATED_MS * MARGIN);
  });
});
