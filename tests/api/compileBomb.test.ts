import { buildSchema, parse } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { compiledSize } from "../../src/graphql/compiledSize.js";
import { loadTypeDefs } from "../../src/graphql/index.js";
import { DEFAULT_SERVICE_LIMITS } from "../../src/graphql/serviceLimits.js";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import { inProcess } from "../helpers/servers.js";

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

const nest = (n: number, filter = ""): string =>
  n === 0 ? "entity { id }" : `entity { id relations${filter} { ${nest(n - 1, filter)} } }`;

/** The compile bomb: nine aliases, three levels of `relations { entity }` over seven entity types. */
const BOMB = `{ ${Array.from({ length: 9 }, (_, i) => `a${i}: entity(id: "knee") { relations { ${nest(3)} } }`).join(" ")} }`;

describe("compile bomb", () => {
  it("counts an abstract field's selection once per possible type", async () => {
    const schema = buildSchema(await loadTypeDefs());
    const one = compiledSize(schema, parse('{ entity(id: "knee") { id } }'));
    expect(one).toBe(1 + 7);
    expect(compiledSize(schema, parse(BOMB))).toBeGreaterThan(9 * 7 ** 3);
  });

  it("refuses the bomb before compiling it, with its cost", async () => {
    const { run } = await inProcess(kb, { production: true });
    const body = await run(BOMB);
    expect(body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(body.data ?? null).toBeNull();
  });

  it("runs a cheap document too large to compile on graphql-js, with the same answer", async () => {
    // PART_OF edges are few: cheap to run, yet seven types per level to compile.
    const query = `{ ${Array.from({ length: 4 }, (_, i) => `b${i}: entity(id: "knee") { relations(relation: [PART_OF]) { ${nest(2, "(relation: [PART_OF])")} } }`).join(" ")} }`;
    const schema = buildSchema(await loadTypeDefs());
    expect(compiledSize(schema, parse(query))).toBeGreaterThan(
      DEFAULT_SERVICE_LIMITS.maxCompiledFields,
    );
    const jit = await inProcess(kb, { production: true, compiled: true });
    const plain = await inProcess(kb, { production: true, compiled: false });
    const answer = await jit.run(query);
    expect(answer.errors).toBeUndefined();
    expect(answer).toEqual(await plain.run(query));
  });

  it("allows only a few trace and search fields per request", async () => {
    const { run } = await inProcess(kb, { production: true });
    const fields = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `t${i}: trace(symptoms: ["heel pain"]) { disclaimer }`).join(" ")} }`;
    const max = DEFAULT_SERVICE_LIMITS.maxExpensiveFields;
    expect((await run(fields(max))).errors).toBeUndefined();
    const over = await run(fields(max + 1));
    expect(over.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(over.errors?.[0]?.extensions).toMatchObject({ expensiveFields: max + 1, limit: max });
  });

  it("refuses the issue's CPU flood: twenty aliased traces of random words", async () => {
    const { run } = await inProcess(kb, { production: true });
    const words = (i: number) =>
      Array.from({ length: 20 }, (_, j) => `zq${i}x${j}`)
        .join(", ")
        .slice(0, 200);
    const inputs = JSON.stringify(Array.from({ length: 20 }, (_, i) => words(i)));
    // One such trace is read once per input by the complaint reader (no fuzzy search per
    // clause any more): it is accepted, and says it understood nothing.
    const one = await run(`{ trace(symptoms: ${inputs}) { triage { level } } }`);
    expect(one.errors).toBeUndefined();
    expect(one.data).toEqual({ trace: { triage: { level: "UNKNOWN" } } });
    const flood = Array.from(
      { length: 20 },
      (_, i) => `t${i}: trace(symptoms: ${inputs}) { disclaimer }`,
    );
    const body = await run(`{ ${flood.join(" ")} }`);
    expect(body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
  });
});
