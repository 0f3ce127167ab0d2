import { buildSchema, isObjectType } from "graphql";
import { expect, it } from "vitest";
import { loadTypeDefs } from "../../src/graphql/index.js";
import { EVIDENCE_KINDS } from "../../src/trace/matchInputs.js";
import { realGraphData } from "../helpers/knowledge.js";

/** The description of `type.field` in the served schema. */
async function descriptionOf(type: string, field: string): Promise<string> {
  const t = buildSchema(await loadTypeDefs()).getType(type);
  if (!isObjectType(t)) throw new Error(`${type} is not an object type`);
  return t.getFields()[field]?.description ?? "";
}

it("says every kind a reading can match where it tells what a match or finding is", async () => {
  const data = await realGraphData();
  // What the complaint reader can match: the kinds with a findings profile, and evidence by id.
  const kinds = new Set<string>(EVIDENCE_KINDS);
  for (const id of data.findings.keys()) kinds.add(data.entities.get(id)?.kind ?? "");
  for (const [type, field] of [
    ["TraceMatch", "entity"],
    ["TraceResult", "unmatched"],
    ["Finding", "entity"],
    ["Understanding", "understood"],
  ] as const) {
    const description = (await descriptionOf(type, field)).toLowerCase();
    for (const kind of kinds) expect(description, `${type}.${field}`).toContain(kind.toLowerCase());
  }
});

it("describes the disclaimer field rather than being a disclaimer of its own", async () => {
  const description = await descriptionOf("TraceResult", "disclaimer");
  // A description that speaks as the notice ("This is ...") would be read as the notice.
  expect(description).not.toMatch(/^this is\b/i);
  expect(description.length).toBeGreaterThan(40);
});
