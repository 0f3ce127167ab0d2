import { expect, it } from "vitest";
import { realKb } from "../helpers/knowledge.js";
import { dataOf, inProcess } from "../helpers/servers.js";

it("ConditionMatch.general marks a site's general pain after running, and nothing else", async () => {
  const { run } = await inProcess(await realKb());
  const body = await run(
    `{ trace(symptoms: ["my ankle hurts when I run"]) { conditions { condition { id } general } } }`,
  );
  const { conditions } = dataOf<{ conditions: { condition: { id: string }; general: boolean }[] }>(
    body,
    "trace",
  );
  expect(conditions.length).toBeGreaterThan(1);
  expect(conditions.filter((c) => c.general).map((c) => c.condition.id)).toEqual(["runners-ankle"]);
});
