import { readFileSync } from "node:fs";
import {
  buildSchema,
  isInterfaceType,
  isObjectType,
  NoDeprecatedCustomRule,
  parse,
  validate,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { estimateCost } from "../../src/graphql/costModel.js";
import { loadTypeDefs } from "../../src/graphql/index.js";
import { listBounds } from "../../src/graphql/listBounds.js";
import { realKb } from "../helpers/knowledge.js";
import { dataOf, inProcess } from "../helpers/servers.js";

let run: Awaited<ReturnType<typeof inProcess>>["run"];
beforeAll(async () => {
  ({ run } = await inProcess(await realKb()));
});

/** The deprecation reason of `Type.field`, or undefined when it is not deprecated. */
async function deprecationOf(typeName: string, field: string): Promise<string | undefined> {
  const type = buildSchema(await loadTypeDefs()).getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
  const found = type.getFields()[field];
  if (found === undefined) throw new Error(`${typeName}.${field} does not exist`);
  return found.deprecationReason ?? undefined;
}

type Ids = readonly { id: string }[];
const ids = (list: Ids) => list.map((e) => e.id);

describe("one word for one idea", () => {
  it("Understanding.whose is the value Finding.whose and TraceMatch.whose name; about is its deprecated first name", async () => {
    const body = await run(
      `{ understand(text: "my daughter says her heel is numb") { whose about } }`,
    );
    const reading = dataOf<{ whose: string; about: string }>(body, "understand");
    expect(reading.whose).toBe("SOMEONE_ELSE");
    expect(reading.about).toBe(reading.whose);
    const own = dataOf<{ whose: string }>(
      await run(`{ understand(text: "my heel hurts") { whose } }`),
      "understand",
    );
    expect(own.whose).toBe("RUNNER");
    expect(await deprecationOf("Understanding", "about")).toMatch(/\bwhose\b/);
    expect(await deprecationOf("Understanding", "whose")).toBeUndefined();
  });

  it("Condition.causedBy is what Cause.causedBy and Mechanism.causedBy are; causes is its deprecated first name", async () => {
    const body = await run(`{ entity(id: "plantar-fasciitis") {
      ... on Condition { causedBy { id } causes { id } contributesTo { id } } } }`);
    const condition = dataOf<{ causedBy: Ids; causes: Ids }>(body, "entity");
    expect(condition.causedBy.length).toBeGreaterThan(0);
    expect(ids(condition.causes)).toEqual(ids(condition.causedBy));
    expect(await deprecationOf("Condition", "causes")).toMatch(/\bcausedBy\b/);
    // The inverse: a cause the condition is causedBy lists the condition in contributesTo.
    const first = condition.causedBy[0]?.id ?? "";
    const cause = dataOf<{ contributesTo?: Ids }>(
      await run(
        `query($id: ID!) { entity(id: $id) { ... on Cause { contributesTo { id } } ... on Mechanism { contributesTo { id } } ... on Condition { contributesTo { id } } } }`,
        { id: first },
      ),
      "entity",
    );
    expect(ids(cause.contributesTo ?? [])).toContain("plantar-fasciitis");
  });

  it("Condition.contributesTo lists what a condition drives, as Cause and Mechanism do", async () => {
    const body = await run(`{ entity(id: "tight-hip-flexors") {
      ... on Condition { contributesTo { id kind } relations(relation: [CAUSES], direction: OUTGOING) { entity { id } } } } }`);
    const condition = dataOf<{ contributesTo: Ids; relations: { entity: { id: string } }[] }>(
      body,
      "entity",
    );
    expect(condition.contributesTo.length).toBeGreaterThan(0);
    expect(ids(condition.contributesTo).sort()).toEqual(
      condition.relations.map((r) => r.entity.id).sort(),
    );
  });

  it("relations(relations:) filters as its deprecated singular first name did; both given, either relation", async () => {
    type Edges = { relation: string; entity: { id: string } }[];
    const edges = async (args: string) =>
      dataOf<{ relations: Edges }>(
        await run(
          `{ entity(id: "plantar-fasciitis") { relations(${args}) { relation entity { id } } } }`,
        ),
        "entity",
      ).relations;
    const plural = await edges("relations: [PRESENTS_WITH]");
    expect(plural.length).toBeGreaterThan(0);
    expect(plural.every((e) => e.relation === "PRESENTS_WITH")).toBe(true);
    expect(await edges("relation: [PRESENTS_WITH]")).toEqual(plural);
    const either = await edges("relations: [PRESENTS_WITH], relation: [AFFECTS]");
    expect(either).toEqual(await edges("relations: [AFFECTS, PRESENTS_WITH]"));
    expect(new Set(either.map((e) => e.relation))).toEqual(new Set(["AFFECTS", "PRESENTS_WITH"]));
    const entity = buildSchema(await loadTypeDefs()).getType("Entity");
    if (!isInterfaceType(entity)) throw new Error("Entity is not an interface");
    const args = entity.getFields().relations?.args ?? [];
    expect(args.find((a) => a.name === "relation")?.deprecationReason).toMatch(/\brelations\b/);
    expect(args.find((a) => a.name === "relations")?.deprecationReason).toBeFalsy();
  });

  it("the cost model prices relations(relations:) as it prices relation:", async () => {
    const schema = buildSchema(await loadTypeDefs());
    const bounds = listBounds(await realKb(), schema);
    const cost = (args: string) =>
      estimateCost(
        schema,
        parse(`{ entity(id: "knee") { relations${args} { entity { id name aliases } } } }`),
        {},
        null,
        bounds,
      )?.cost ?? Number.NaN;
    const plural = cost("(relations: [PART_OF])");
    expect(plural).toBe(cost("(relation: [PART_OF])"));
    expect(plural).toBeLessThan(cost(""));
    expect(cost("(relations: [PART_OF], relation: [AFFECTS])")).toBe(
      cost("(relations: [PART_OF, AFFECTS])"),
    );
  });

  it("offsets count UTF-16 code units, as the descriptions say: slice gives the words after emoji", async () => {
    const text = "\u{1F3C3}\u200D\u2640\uFE0F\u{1F616} my heel hurts, caf\u00E9 ankle swollen";
    type Words = { text: string; start: number; end: number };
    const body = await run(
      `query($t: String!) { understand(text: $t) { findings { text start end } }
        trace(symptoms: [$t]) { matched { words { text start end } } } }`,
      { t: text },
    );
    const findings = dataOf<{ findings: Words[] }>(body, "understand").findings;
    const words = dataOf<{ matched: { words: Words | null }[] }>(body, "trace").matched;
    expect(findings.length).toBeGreaterThan(1);
    for (const w of [...findings, ...words.flatMap((m) => (m.words ? [m.words] : []))]) {
      expect(text.slice(w.start, w.end)).toBe(w.text);
    }
  });
});

it("the explorer's own operations select nothing deprecated (our clients follow our deprecations)", async () => {
  const schema = buildSchema(await loadTypeDefs());
  const explorer = parse(readFileSync("src/web/operations.graphql", "utf8"));
  expect(validate(schema, explorer, [NoDeprecatedCustomRule]).map((e) => e.message)).toEqual([]);
  // The rule finds a deprecated selection when there is one.
  const old = parse('{ understand(text: "my heel hurts") { about } }');
  expect(validate(schema, old, [NoDeprecatedCustomRule]).length).toBe(1);
});
