import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphWith } from "../helpers/graphWith.js";
import { compiled } from "../helpers/paths.js";
import { runScript, type ScriptRun } from "../helpers/runScript.js";

// One run of main on graph-data broken twice over (a file that does not parse, an edge to
// no node), shared by the tests of a service that will not start on it: a run costs 1.5 s
// of CPU, and each test reads a different part of what it says.
let broken: { dir: string; cleanup: () => Promise<void> };
let env: Record<string, string>;
let service: ScriptRun;
beforeAll(async () => {
  broken = await graphWith({
    "broken.yaml": "nodes:\n  - id: x\n   kind: [\n",
    "typo.yaml":
      "edges:\n  - { from: ice, relation: TREATS, to: heel-ach, explanation: A typo in the target., sources: [{ doc: doc, section: Heel }] }\n",
  });
  // Even at the quietest level but silent, a process that will not start says why.
  env = { GRAPH_DATA: broken.dir, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "fatal" };
  service = await runScript(compiled("main"), { env });
});
afterAll(async () => {
  await broken?.cleanup();
});

describe("main on broken graph-data", () => {
  it("refuses to start on broken graph-data, listing each problem, and exits 1", () => {
    expect(service.code).toBe(1);
    expect(service.output).toContain("UNKNOWN_NODE");
    expect(service.output).toContain("typo.yaml:2");
    expect(service.output).toContain("YAML_SYNTAX");
    expect(service.output).toContain("not starting");
  });

  it("exits 1 listing each problem and naming a check command that runs from dist/ alone", async () => {
    expect(service.code).toBe(1);
    // The image has neither npm scripts nor npx: the command named must be dist's own.
    const named = /in the image: node (dist\/cli\/kineticGraph\.js) check/.exec(service.output);
    expect(named).not.toBeNull();
    const check = await runScript(compiled("cli/kineticGraph"), { env, args: ["check"] });
    expect(check.code).toBe(1);
    expect(check.output).toContain("broken.yaml:3");
    expect(check.output).toContain("YAML_SYNTAX");
    expect(check.output).toContain("typo.yaml:2");
  });
});
