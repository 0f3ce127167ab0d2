import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import type { RootCause, WorkMeter } from "../../src/trace/index.js";
import { WALK_MEMO_ENTRIES, WalkMemo } from "../../src/trace/WalkMemo.js";
import { realKb } from "../helpers/knowledge.js";

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

/** A walk that settles `steps` labels (telling its meter as findRootCauses does) and counts its runs. */
function counted(steps: number, causes: RootCause[] = []) {
  const runs = { n: 0 };
  const walk = (meter: WorkMeter) => {
    runs.n++;
    for (let s = 256; s <= steps; s += 256) meter("step", 256);
    meter("step", steps % 256);
    return causes;
  };
  return { runs, walk };
}

describe("the walk memo", () => {
  it("answers a walk again from memory, telling the meter the same calls", () => {
    const memo = new WalkMemo();
    const condition = kb.entity("plantar-fasciitis");
    if (condition === null) throw new Error("graph-data has no plantar-fasciitis");
    const causes = kb.rootCausesOf(condition);
    expect(causes.length).toBeGreaterThan(0);
    const { runs, walk } = counted(600, causes);
    const told: [string, number][][] = [[], []];
    const first = memo.recall("k", (kind, n) => told[0]?.push([kind, n]), walk);
    const again = memo.recall("k", (kind, n) => told[1]?.push([kind, n]), walk);
    expect(runs.n).toBe(1);
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
    expect(told[1]).toEqual(told[0]);
    expect(told[0]).toEqual([
      ["step", 256],
      ["step", 256],
      ["step", 88],
    ]);
  });

  it("stops where the walk's meter stopped it, and remembers nothing of a stopped walk", () => {
    const memo = new WalkMemo();
    const { runs, walk } = counted(600);
    const budget = (left: number): WorkMeter => {
      let units = left;
      return (_kind, n) => {
        units -= n;
        if (units < 0) throw new Error("over budget");
      };
    };
    expect(() => memo.recall("k", budget(300), walk)).toThrow("over budget");
    memo.recall("k", undefined, walk);
    expect(runs.n).toBe(2);
    expect(() => memo.recall("k", budget(300), walk)).toThrow("over budget");
    expect(runs.n).toBe(2);
  });

  it(`forgets the least recently used walk past ${WALK_MEMO_ENTRIES} walks`, () => {
    const memo = new WalkMemo();
    const { runs, walk } = counted(1);
    for (let i = 0; i <= WALK_MEMO_ENTRIES; i++) memo.recall(`k${i}`, undefined, walk);
    expect(runs.n).toBe(WALK_MEMO_ENTRIES + 1);
    memo.recall(`k${WALK_MEMO_ENTRIES}`, undefined, walk);
    expect(runs.n).toBe(WALK_MEMO_ENTRIES + 1);
    memo.recall("k0", undefined, walk);
    expect(runs.n).toBe(WALK_MEMO_ENTRIES + 2);
  });
});
