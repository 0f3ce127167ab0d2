import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/kineticGraph.js";
import { graphWith } from "../helpers/graphWith.js";
import { FIXTURE_GRAPH, REAL_GRAPH, ROOT } from "../helpers/paths.js";
import { runScript } from "../helpers/runScript.js";

/** Runs the command line in process on the bundled graph-data; resolves its exit code and what it printed. */
function cli(...argv: string[]) {
  return cliWith({}, ...argv);
}

/** {@link cli} with the environment variables `env` (and none of this process's). */
function cliWith(env: Record<string, string>, ...argv: string[]) {
  return cliOn(REAL_GRAPH, env, ...argv);
}

/**
 * {@link cliWith} on graph-data folder `dir`: the fixture graph for what does not depend on
 * the data (refusals, limits), which each run would otherwise load the bundled data for.
 */
async function cliOn(dir: string, env: Record<string, string>, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...a) => void out.push(a.join(" ")));
  const error = vi.spyOn(console, "error").mockImplementation((...a) => void err.push(a.join(" ")));
  try {
    const code = await main(["--graph-data", dir, ...argv], env);
    return { code, out: out.join("\n"), err: err.join("\n") };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe("kinetic-graph, the command line", () => {
  it("traces a complaint: triage first, conditions, root causes with their chain, plan, disclaimer", async () => {
    const { code, out } = await cli("trace", "pain on the inside of my knee");
    expect(code).toBe(0);
    expect(out).toMatch(/^Triage: [A-Z_]+\. /);
    expect(out).toContain("(inner-knee-strain)");
    expect(out).toContain("(tight-hip-flexors)");
    expect(out).toMatch(/ → /);
    expect(out).toMatch(/not a diagnosis/);
  });

  it("prints the API's own answer with --json", async () => {
    const { code, out } = await cli("search", "plantar fascitis", "--json", "--limit", "3");
    expect(code).toBe(0);
    const body = JSON.parse(out) as { data: { search: { entity: { id: string } }[] } };
    expect(body.data.search).toHaveLength(3);
    expect(body.data.search[0]?.entity.id).toBe("plantar-fasciitis");
  });

  it("shows a treatment with its steps, and exits 1 for an unknown id", async () => {
    const shown = await cli("entity", "calf-raises");
    expect(shown.code).toBe(0);
    expect(shown.out).toMatch(/Phase: PREVENTION/);
    expect(shown.out).toMatch(/^ {2}1\. /m);
    // An id no graph has: the fixture graph answers as the bundled one would, at a tenth of its load.
    const missing = await cliOn(FIXTURE_GRAPH, {}, "entity", "no-such-thing");
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/no entity with id "no-such-thing": /);
  });

  it("exits 1 with the API's error code when an argument is refused", async () => {
    const { code, err } = await cliOn(FIXTURE_GRAPH, {}, "search", "heel", "--limit", "0");
    expect(code).toBe(1);
    expect(err).toContain("BAD_USER_INPUT");
  });

  it("exits 2 with the usage for an unknown command, option or format", async () => {
    for (const argv of [["frob"], [], ["trace"], ["--nope"], ["export", "--format", "svg"]]) {
      const { code, err } = await cli(...argv);
      expect(code, argv.join(" ")).toBe(2);
      expect(err).toContain("Usage: kinetic-graph");
    }
  });

  it("checks graph-data: 0 on sound data, 1 listing each problem on broken data", async () => {
    expect((await cli("check")).code).toBe(0);
    const { dir, cleanup } = await graphWith({ "broken.yaml": "nodes:\n  - id: x\n   kind: [\n" });
    try {
      const { code, err } = await cli("check", dir);
      expect(code).toBe(1);
      expect(err).toContain("YAML_SYNTAX");
    } finally {
      await cleanup();
    }
  });

  it("exits 2 naming a bad graph-data variable, as the service refuses it (GRAPH_DATA='' included)", async () => {
    const bad: Record<string, string>[] = [{ GRAPH_DATA: "" }, { GRAPH_DATA_MAX_MB: "lots" }];
    for (const env of bad) {
      for (const command of ["check", "search"]) {
        const { code, err } = await cliWith(env, command, "heel");
        expect(code, `${JSON.stringify(env)} ${command}`).toBe(2);
        expect(err).toContain(Object.keys(env)[0]);
      }
    }
  });

  it("loads graph-data within the same limits for every command: check and search agree", async () => {
    const tight = { GRAPH_DATA_MAX_ENTRIES: "10" };
    expect((await cliOn(FIXTURE_GRAPH, tight, "check")).code).toBe(1);
    expect((await cliOn(FIXTURE_GRAPH, tight, "search", "heel")).code).toBe(1);
    expect((await cliOn(FIXTURE_GRAPH, tight, "export", "--format", "json")).code).toBe(1);
    expect((await cliOn(FIXTURE_GRAPH, {}, "search", "heel")).code).toBe(0);
  });

  it("runs as npx kinetic-graph, writing an export to a file", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "kg-export-"));
    try {
      const file = path.join(folder, "graph.gexf");
      const { code } = await runScript(path.join(ROOT, "bin/kinetic-graph.js"), {
        args: ["export", "--format", "gexf", "--out", file],
        env: { GRAPH_DATA: FIXTURE_GRAPH },
      });
      expect(code).toBe(0);
      expect(await readFile(file, "utf8")).toMatch(/^<\?xml[\s\S]*<gexf /);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
