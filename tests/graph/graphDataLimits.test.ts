import { afterEach, describe, expect, it } from "vitest";
import {
  checkGraphData,
  DEFAULT_GRAPH_DATA_LIMITS,
  type GraphDataLimits,
  type ProblemCode,
} from "../../src/graph/index.js";
import { graphWith } from "../helpers/graphWith.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** Checks the fixture graph plus `files` under `limits` (defaults where not given). */
async function check(files: Record<string, string>, limits: Partial<GraphDataLimits> = {}) {
  const { dir, cleanup } = await graphWith(files);
  cleanups.push(cleanup);
  return checkGraphData(dir, { limits: { ...DEFAULT_GRAPH_DATA_LIMITS, ...limits } });
}

const src = "sources: [{ doc: doc, section: Heel }]";
const words = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => `word${from + i}`).join(", ");
/** An edge that names no node: it shows whether the integrity checks ran. */
const broken = `edges:\n  - { from: ice, relation: TREATS, to: nowhere, explanation: Broken on purpose here., ${src} }\n`;

/** One case per limit: the files that break it, the limits, and where it must be reported. */
const cases: {
  name: string;
  code: ProblemCode;
  files: Record<string, string>;
  limits?: Partial<GraphDataLimits>;
  file: string;
  line: number;
  entry?: string | null;
}[] = [
  {
    name: "a file over the size limit",
    code: "FILE_TOO_LARGE",
    files: { "big.yaml": `# ${"x".repeat(3000)}\n${broken}` },
    limits: { maxFileBytes: 2000 },
    file: "big.yaml",
    line: 1,
  },
  {
    name: "a folder over the total size limit",
    code: "DATA_TOO_LARGE",
    files: { "zz.yaml": broken },
    limits: { maxTotalBytes: 4000 },
    file: ".",
    line: 1,
  },
  {
    name: "a folder with too many files",
    code: "DATA_TOO_LARGE",
    files: { "a.yaml": "{}\n", "b.yaml": "{}\n", "zz.yaml": broken },
    limits: { maxFiles: 4 },
    file: ".",
    line: 1,
  },
  {
    name: "too many entries",
    code: "TOO_MANY_ENTRIES",
    // edges.yaml (33 edges) is read first: the 11th edge is the first one over.
    files: { "zz.yaml": broken },
    limits: { maxEntries: 10 },
    file: "edges.yaml",
    line: 72,
    entry: "heel-crack -PRESENTS_WITH-> heel-pain-running",
  },
  {
    name: "one large anchor aliased 99 times (the 1 MB finding, scaled down)",
    code: "ALIAS_EXPANSION",
    files: {
      "zz.yaml": `${broken}synonyms:\n  - &big [${words(500)}]\n${"  - *big\n".repeat(99)}`,
    },
    file: "zz.yaml",
    // 501 values per alias: the 20th alias (line 24) passes 10 000.
    line: 24,
  },
  {
    name: "anchors of anchors (a billion laughs)",
    code: "ALIAS_EXPANSION",
    files: {
      "zz.yaml": `${broken}x:\n  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n  c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n  d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n  e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n`,
    },
    file: "zz.yaml",
    line: 7,
  },
  {
    name: "more aliases in a file than allowed",
    code: "ALIAS_EXPANSION",
    files: { "zz.yaml": `${broken}x: &x 1\ny: [${Array(1001).fill("*x").join(", ")}]\n` },
    file: "zz.yaml",
    line: 4,
  },
  {
    name: "a synonym group over the size limit",
    code: "SYNONYM_GROUP_TOO_LARGE",
    files: { "zz.yaml": `${broken}synonyms:\n  - [a1, a2]\n  - [${words(51)}]\n` },
    file: "zz.yaml",
    line: 5,
    entry: "synonyms[1]",
  },
  {
    name: "too many synonym groups",
    // sources.yaml holds two groups; the limit lets one more in.
    code: "TOO_MANY_SYNONYM_GROUPS",
    files: { "zz.yaml": `${broken}synonyms:\n  - [a1, a2]\n  - [b1, b2]\n` },
    limits: { maxSynonymGroups: 3 },
    file: "zz.yaml",
    line: 5,
    entry: "synonyms[1]",
  },
];

describe("graph-data limits", () => {
  it.each(cases)(
    "reports $name as $code, before any integrity check",
    async ({ code, files, limits, file, line, entry }) => {
      const { data, problems } = await check(files, limits);
      expect(data).toBeNull();
      const found = problems.find((p) => p.code === code);
      expect(found, JSON.stringify(problems, null, 1)).toMatchObject({
        severity: "error",
        file,
        line,
      });
      if (entry !== undefined) expect(found?.entry).toBe(entry);
      expect(found?.fix.length).toBeGreaterThan(10);
      // Over a limit, nothing is checked further: the broken edge is not reported.
      expect(problems.map((p) => p.code)).not.toContain("UNKNOWN_NODE");
    },
  );

  it("loads data with many small aliases within the limits (more than yaml's own default of 100)", async () => {
    const nodes = Array.from(
      { length: 150 },
      (_, i) =>
        `  - { id: run-${i}, kind: CAUSE, name: Cause ${i}, summary: A cause here., sources: ${i === 0 ? "&s [{ doc: doc, section: Heel }]" : "*s"} }\n`,
    ).join("");
    const edges = Array.from(
      { length: 150 },
      (_, i) =>
        `  - { from: run-${i}, relation: CAUSES, to: heel-ache, explanation: It drives the heel ache., sources: *s }\n`,
    ).join("");
    const { data, problems } = await check({
      "zz.yaml": `nodes:\n${nodes}edges:\n${edges}`,
    });
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(data?.entities.get("run-149")?.sources).toEqual([{ doc: "doc", section: "Heel" }]);
  });

  it("accepts data exactly at each limit", async () => {
    const { data } = await check(
      { "zz.yaml": `synonyms:\n  - [${words(50)}]\n` },
      { maxEntries: 58, maxSynonymGroups: 3, maxSynonymGroupSize: 50, maxFiles: 6 },
    );
    expect(data?.entities.size).toBe(24);
  });

  it("keeps the defaults docs/limits.md states", () => {
    expect(DEFAULT_GRAPH_DATA_LIMITS).toEqual({
      maxFiles: 500,
      maxFileBytes: 2 ** 20,
      maxTotalBytes: 4 * 2 ** 20,
      maxEntries: 20_000,
      maxAliases: 1000,
      maxAliasedValues: 10_000,
      maxSynonymGroups: 1000,
      maxSynonymGroupSize: 50,
      readAttempts: 3,
    });
  });
});
