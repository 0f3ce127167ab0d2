import { describe, expect, it } from "vitest";
import { graphWith } from "../helpers/graphWith.js";
import { compiled } from "../helpers/paths.js";
import { runScript } from "../helpers/runScript.js";

describe("main on broken graph-data", () => {
  it("exits 1 listing each problem and naming a check command that runs from dist/ alone", async () => {
    const { dir, cleanup } = await graphWith({ "broken.yaml": "nodes:\n  - id: x\n   kind: [\n" });
    try {
      const env = { GRAPH_DATA: dir, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "fatal" };
      const service = await runScript(compiled("main"), { env });
      expect(service.code).toBe(1);
      expect(service.output).toContain("YAML_SYNTAX");
      // The image has neither npm scripts nor npx: the command named must be dist's own.
      const named = /in the image: node (dist\/cli\/kineticGraph\.js) check/.exec(service.output);
      expect(named).not.toBeNull();
      const check = await runScript(compiled("cli/kineticGraph"), { env, args: ["check"] });
      expect(check.code).toBe(1);
      expect(check.output).toContain("broken.yaml:3");
      expect(check.output).toContain("YAML_SYNTAX");
    } finally {
      await cleanup();
    }
  });
});
