import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphWith } from "../helpers/graphWith.js";
import { compiled, FIXTURE_GRAPH } from "../helpers/paths.js";
import { runScript } from "../helpers/runScript.js";

describe("npm run graph:check", () => {
  let broken = "";
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir: broken, cleanup } = await graphWith({
      "typo.yaml":
        "edges:\n  - { from: ice, relation: TREATS, to: heel-ach, explanation: A typo in the target., sources: [{ doc: doc, section: Heel }] }\n" +
        "  - { from: ice, relation: CAUSES, to: heel-ache, explanation: Wrong relation for a treatment., sources: [{ doc: doc, section: Heel }] }\n",
    }));
  });
  afterAll(() => cleanup());

  it("prints counts by kind and relation and exits 0 on sound data", async () => {
    const { code, output } = await runScript(compiled("cli/graphCheck"), { args: [FIXTURE_GRAPH] });
    expect(code).toBe(0);
    expect(output).toMatch(/24 nodes, 33 edges/);
    expect(output).toMatch(/CONDITION\s+4/);
    expect(output).toMatch(/UPSTREAM_OF\s+3/);
    expect(output).toMatch(/orphans: none/);
  });

  it("names file, line, entry, code and fix of every problem and exits 1", async () => {
    const { code, output } = await runScript(compiled("cli/graphCheck"), { args: [broken] });
    expect(code).toBe(1);
    expect(output).toContain("typo.yaml:2 [ice -TREATS-> heel-ach] UNKNOWN_NODE");
    expect(output).toContain('did you mean "heel-ache"');
    expect(output).toContain("typo.yaml:3 [ice -CAUSES-> heel-ache] ENDPOINT_KIND");
  });
});
