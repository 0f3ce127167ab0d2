import { buildSchema, isObjectType } from "graphql";
import { expect, it } from "vitest";
import { loadTypeDefs } from "../../src/graphql/index.js";
import { fixtureKb } from "../helpers/knowledge.js";
import { dataOf, inProcess } from "../helpers/servers.js";

it("matchedEvidence holds what matchedSymptoms held, causes included; the old name is deprecated", async () => {
  const { run } = await inProcess(await fixtureKb());
  const body = await run(
    `{ trace(symptoms: ["mileage-jump", "stabbing-heel"]) {
        conditions { condition { id } matchedEvidence { id kind } matchedSymptoms { id kind } } } }`,
  );
  const { conditions } = dataOf<{
    conditions: {
      matchedEvidence: { id: string; kind: string }[];
      matchedSymptoms: { id: string; kind: string }[];
    }[];
  }>(body, "trace");
  expect(conditions.length).toBeGreaterThan(0);
  for (const c of conditions) expect(c.matchedEvidence).toEqual(c.matchedSymptoms);
  const kinds = new Set(conditions.flatMap((c) => c.matchedEvidence.map((e) => e.kind)));
  expect(kinds).toEqual(new Set(["CAUSE", "SYMPTOM"]));

  const type = buildSchema(await loadTypeDefs()).getType("ConditionMatch");
  if (!isObjectType(type)) throw new Error("ConditionMatch is not an object type");
  expect(type.getFields().matchedSymptoms?.deprecationReason).toMatch(/matchedEvidence/);
  expect(type.getFields().matchedEvidence?.deprecationReason).toBeUndefined();
});
