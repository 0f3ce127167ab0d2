import { describe, expect, it } from "vitest";
import {
  WarningSignsOperation,
  type WarningSignsQuery,
} from "../../src/web/generated/operations.js";
import { warningSignLists } from "../../src/web/warningSigns.js";
import { realKb } from "../helpers/knowledge.js";
import { inProcess } from "../helpers/servers.js";

/** Every symptom node of the page's WarningSigns query, run on the real graph page by page. */
async function symptomNodes() {
  const kb = await realKb();
  const { run } = await inProcess(kb);
  const nodes: NonNullable<WarningSignsQuery["entities"]>["edges"][number]["node"][] = [];
  let after: string | null = null;
  for (let page = 0; page < 20; page++) {
    const body = await run(WarningSignsOperation.toString(), { after });
    expect(body.errors).toBeUndefined();
    const { entities } = body.data as WarningSignsQuery;
    if (!entities) break;
    nodes.push(...entities.edges.map((e) => e.node));
    if (!entities.pageInfo.hasNextPage) break;
    after = entities.pageInfo.endCursor ?? null;
  }
  return { nodes };
}

describe("the warning signs shown when nothing was understood", () => {
  it("lists every sign of each article's list once, the heel's doctor-right-away list first", async () => {
    const { nodes } = await symptomNodes();
    const lists = warningSignLists(nodes);
    expect(lists.map((l) => [l.meaning, l.urgent])).toEqual([
      ["Heel red flags: see a doctor right away", true],
      ["Ankle warning signs: stop running and rest", false],
    ]);
    expect(lists[0]?.source.title).toMatch(/heel/i);
    expect(lists[1]?.source.title).toMatch(/ankle/i);
    // Every symptom the query gives on a list, once, under its own list.
    const onLists = nodes.filter((n) => "warningSignList" in n && n.warningSignList);
    expect(lists.flatMap((l) => l.signs).sort()).toEqual(onLists.map((n) => n.name).sort());
    expect(new Set(lists.flatMap((l) => l.signs)).size).toBe(onLists.length);
    expect(lists[0]?.signs.some((s) => /numb/i.test(s))).toBe(true);
    expect(lists[1]?.signs.some((s) => /pop/i.test(s))).toBe(true);
  });

  it("puts an urgent list first whatever order the graph gives", () => {
    const source = { title: "T", section: "S" };
    const node = (id: string, urgent: boolean, advice: string) => ({
      id,
      name: id,
      warningSignList: { urgent, source, advice: { id: advice, name: advice } },
    });
    const lists = warningSignLists([
      node("a", false, "rest"),
      node("b", true, "doctor"),
      { id: "c", name: "c", warningSignList: null },
      node("d", false, "rest"),
    ]);
    expect(lists.map((l) => [l.meaning, l.signs])).toEqual([
      ["doctor", ["b"]],
      ["rest", ["a", "d"]],
    ]);
  });
});
