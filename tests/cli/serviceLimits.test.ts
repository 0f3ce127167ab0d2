import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/kineticGraph.js";
import { FIXTURE_GRAPH } from "../helpers/paths.js";

/** Runs the command line in process with `env` only; resolves its exit code and output. */
async function cliWith(env: Record<string, string>, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...a) => void out.push(a.join(" ")));
  vi.spyOn(console, "error").mockImplementation((...a) => void err.push(a.join(" ")));
  const code = await main(["--graph-data", FIXTURE_GRAPH, ...argv], env);
  vi.restoreAllMocks();
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** The error codes of a `--json` answer. */
const codesOf = (out: string) =>
  ((JSON.parse(out) as { errors?: { extensions?: { code?: string } }[] }).errors ?? []).map(
    (e) => e.extensions?.code,
  );

afterEach(() => vi.restoreAllMocks());

describe("kinetic-graph bounds a query by the service limits' variables, as the service does", () => {
  it("MAX_COST: an operation over it is refused with QUERY_TOO_COMPLEX, exit 1", async () => {
    const complaint = ["trace", "my heel hurts in the morning"];
    expect((await cliWith({}, ...complaint)).code).toBe(0);
    const { code, out } = await cliWith({ MAX_COST: "100" }, ...complaint, "--json");
    expect(code).toBe(1);
    expect(codesOf(out)).toEqual(["QUERY_TOO_COMPLEX"]);
  });

  it("WORK_BUDGET: a trace that spends more is stopped with WORK_BUDGET_EXCEEDED, exit 1", async () => {
    const { code, out } = await cliWith(
      { WORK_BUDGET: "100" },
      "trace",
      "my heel hurts in the morning",
      "--json",
    );
    expect(code).toBe(1);
    expect(codesOf(out)).toContain("WORK_BUDGET_EXCEEDED");
  });

  it("MAX_RESPONSE_KB: a larger answer is replaced by RESPONSE_TOO_LARGE, exit 1", async () => {
    const search = ["search", "heel pain", "--limit", "20"];
    expect((await cliWith({}, ...search)).code).toBe(0);
    const json = await cliWith({ MAX_RESPONSE_KB: "1" }, ...search, "--json");
    expect(json.code).toBe(1);
    expect(codesOf(json.out)).toEqual(["RESPONSE_TOO_LARGE"]);
    const text = await cliWith({ MAX_RESPONSE_KB: "1" }, ...search);
    expect(text.code).toBe(1);
    expect(text.err).toContain("RESPONSE_TOO_LARGE");
  });

  it("exits 2 listing every bad variable at once, limits and graph-data alike", async () => {
    const env = { MAX_COST: "lots", WORK_BUDGET: "0x10", GRAPH_DATA_MAX_MB: "" };
    const { code, err } = await cliWith(env, "search", "heel");
    expect(code).toBe(2);
    for (const name of Object.keys(env)) expect(err).toContain(name);
  });
});
