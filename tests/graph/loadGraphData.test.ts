import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  checkGraphData,
  GraphDataError,
  loadGraphData,
  type ProblemCode,
} from "../../src/graph/index.js";
import { graphWith } from "../helpers/graphWith.js";
import { FIXTURE_GRAPH } from "../helpers/paths.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function problemsWith(name: string, content: string) {
  const { dir, cleanup } = await graphWith({ [name]: content });
  cleanups.push(cleanup);
  return (await checkGraphData(dir)).problems;
}

const src = "sources: [{ doc: doc, section: Heel }]";

/** One case per kind of data error: the file that triggers it and where it must be reported. */
const cases: { code: ProblemCode; content: string; line: number; entry: string | null }[] = [
  { code: "YAML_SYNTAX", content: "nodes:\n  - id: x\n   kind: [\n", line: 3, entry: null },
  {
    code: "SCHEMA",
    content: `nodes:\n  - id: x\n    kind: CONDITION\n    name: X thing\n    summary: A summary.\n    ${src}\n    colour: red\n`,
    line: 2,
    entry: "x",
  },
  {
    code: "MISSING_SOURCES",
    content: "nodes:\n  - id: y\n    kind: CAUSE\n    name: Y thing\n    summary: A summary.\n",
    line: 2,
    entry: "y",
  },
  {
    code: "MISSING_EXPLANATION",
    content: `edges:\n  - from: ice\n    relation: TREATS\n    to: heel-crack\n    ${src}\n`,
    line: 2,
    entry: "ice -TREATS-> heel-crack",
  },
  {
    code: "DUPLICATE_ID",
    content: `nodes:\n  - { id: heel, kind: BODY_STRUCTURE, name: Heel again, region: FOOT, summary: Twice., ${src} }\n`,
    line: 2,
    entry: "heel",
  },
  {
    code: "DUPLICATE_EDGE",
    content: `edges:\n  - { from: ice, relation: TREATS, to: heel-ache, explanation: Said twice over here., ${src} }\n`,
    line: 2,
    entry: "ice -TREATS-> heel-ache",
  },
  {
    code: "UNKNOWN_NODE",
    content: `edges:\n  - { from: ice, relation: TREATS, to: heel-ach, explanation: A typo in the target., ${src} }\n`,
    line: 2,
    entry: "ice -TREATS-> heel-ach",
  },
  {
    code: "UNKNOWN_DOCUMENT",
    content:
      "nodes:\n  - { id: z1, kind: CAUSE, name: Z thing, summary: A summary., sources: [{ doc: nope, section: Heel }] }\nedges:\n  - { from: z1, relation: CAUSES, to: heel-ache, explanation: Z drives the heel ache., sources: [{ doc: doc, section: Heel }] }\n",
    line: 2,
    entry: "z1",
  },
  {
    code: "UNKNOWN_SECTION",
    content:
      "nodes:\n  - { id: z2, kind: CAUSE, name: Z thing, summary: A summary., sources: [{ doc: doc, section: Nowhere }] }\nedges:\n  - { from: z2, relation: CAUSES, to: heel-ache, explanation: Z drives the heel ache., sources: [{ doc: doc, section: Heel }] }\n",
    line: 2,
    entry: "z2",
  },
  {
    code: "ENDPOINT_KIND",
    content: `edges:\n  - { from: heel, relation: TREATS, to: heel-ache, explanation: A structure cannot treat., ${src} }\n`,
    line: 2,
    entry: "heel -TREATS-> heel-ache",
  },
  {
    code: "WARNING_SIGNS",
    content:
      "sources:\n  - { id: doc2, title: Doc two, file: two.txt, sections: [Signs], warningSigns: { site: heel, structures: [heel, ice], section: Signs, urgent: true, advice: nowhere } }\n",
    line: 2,
    entry: "doc2",
  },
  {
    code: "WARNING_SIGNS",
    content: `nodes:\n  - { id: s1, kind: SYMPTOM, name: S one, summary: A sign on no list., warningSignOf: doc, ${src} }\nedges:\n  - { from: heel-crack, relation: PRESENTS_WITH, to: s1, explanation: The crack shows this sign., ${src} }\n`,
    line: 2,
    entry: "s1",
  },
  {
    code: "WARNING_SIGNS",
    content: `nodes:\n  - { id: s2, kind: SYMPTOM, name: S two, summary: Off a list it is not on., checklist: false, ${src} }\nedges:\n  - { from: heel-crack, relation: PRESENTS_WITH, to: s2, explanation: The crack shows this sign., ${src} }\n`,
    line: 2,
    entry: "s2",
  },
  {
    code: "SELF_LOOP",
    content: `edges:\n  - { from: heel-ache, relation: LEADS_TO, to: heel-ache, explanation: It leads to itself., ${src} }\n`,
    line: 2,
    entry: "heel-ache -LEADS_TO-> heel-ache",
  },
];

describe("loadGraphData", () => {
  it("loads the fixture graph with every node and edge", async () => {
    const data = await loadGraphData(FIXTURE_GRAPH);
    expect(data.entities.size).toBe(24);
    expect(data.edges).toHaveLength(33);
    expect(data.version).toMatch(/^[0-9a-f]{16}$/);
  });

  it.each(cases)(
    "reports $code with file, line and entry",
    async ({ code, content, line, entry }) => {
      const problems = await problemsWith("zz-broken.yaml", content);
      const found = problems.find((p) => p.code === code);
      expect(found, JSON.stringify(problems, null, 1)).toBeDefined();
      expect(found).toMatchObject({ severity: "error", file: "zz-broken.yaml", line, entry });
      expect(found?.fix.length).toBeGreaterThan(10);
    },
  );

  it("reports a cycle along UPSTREAM_OF at one of its edges, listing every edge with its place", async () => {
    const problems = await problemsWith(
      "zz-broken.yaml",
      `edges:\n  - { from: heel, relation: UPSTREAM_OF, to: hip, explanation: The chain loops back up., ${src} }\n`,
    );
    const cycle = problems.filter((p) => p.code === "CYCLE");
    expect(cycle).toHaveLength(1);
    expect(cycle[0]?.entry).toMatch(/ -UPSTREAM_OF-> /);
    expect(cycle[0]?.message).toContain("heel -> hip (zz-broken.yaml:2)");
    expect(cycle[0]?.message).toContain("tibia -> heel (edges.yaml:");
  });

  it("reports every problem at once across files, and refuses to load", async () => {
    const { dir, cleanup } = await graphWith(
      Object.fromEntries(
        cases.map((c, i) => [`broken-${String(i).padStart(2, "0")}.yaml`, c.content]),
      ),
    );
    cleanups.push(cleanup);
    const error = await loadGraphData(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphDataError);
    const codes = new Set((error as GraphDataError).problems.map((p) => p.code));
    for (const c of cases) expect(codes).toContain(c.code);
  });

  it("warns about orphan nodes without stopping the load", async () => {
    const problems = await problemsWith(
      "orphan.yaml",
      `nodes:\n  - { id: lonely, kind: CAUSE, name: Lonely, summary: Nobody links here., ${src} }\n`,
    );
    expect(problems).toEqual([
      expect.objectContaining({ code: "ORPHAN", severity: "warning", entry: "lonely", line: 2 }),
    ]);
  });

  it("does not report an edge to a node that failed the schema as unknown", async () => {
    const problems = await problemsWith(
      "half.yaml",
      `nodes:\n  - { id: half, kind: CAUSE, name: Half, summary: Bad field., ${src}, region: HIP }\nedges:\n  - { from: half, relation: CAUSES, to: heel-ache, explanation: Half drives the ache., ${src} }\n`,
    );
    expect(problems.map((p) => p.code)).toEqual(["SCHEMA"]);
  });

  it("words schema problems like the others: the entry by name, no JSON pointer, one per mistake", async () => {
    const broken = [
      "nodes:\n  - id: y\n    kind: CAUSE\n    name: Y thing\n    summary: A summary.\n",
      `nodes:\n  - { id: x2, kind: CONDITON, name: X thing, summary: A summary., ${src} }\n`,
      `nodes:\n  - { id: x3, kind: BODY_STRUCTURE, name: X thing, summary: A summary., ${src} }\n`,
      "nodes:\n  - { id: x4, kind: CAUSE, name: X thing, summary: A summary., sources: [{ doc: doc }] }\n",
      `edges:\n  - { from: ice, relation: TREATS, to: heel-crack, ${src} }\n`,
      `findings:\n  heel-ache: { sites: [heel], bogus: 1, ${src} }\n`,
    ];
    const entries = ["y", "x2", "x3", "x4", "ice -TREATS-> heel-crack", "heel-ache"];
    for (const [i, content] of broken.entries()) {
      const problems = (await problemsWith("zz-broken.yaml", content)).filter((p) =>
        ["SCHEMA", "MISSING_SOURCES", "MISSING_EXPLANATION"].includes(p.code),
      );
      // One problem per mistake: a failed `then` is not reported again as its `if`.
      expect(problems, content).toHaveLength(1);
      const [problem] = problems;
      expect(problem?.entry).toBe(entries[i]);
      expect(problem?.message).toContain(`"${entries[i]}"`);
      expect(problem?.message, problem?.message).not.toMatch(/(^|\s)\/\w+\/\d+|required property/);
      expect(problem?.fix.length).toBeGreaterThan(10);
    }
  });

  it("lists every problem of nodes whose kind is misspelt or missing, in one load", async () => {
    const problems = await problemsWith(
      "zz-broken.yaml",
      [
        "nodes:",
        // A misspelt kind: checked as a CONDITION, so seeDoctor is no problem of its own.
        "  - { id: Bad_Id, kind: CONDITON, name: X, summary: A summary., seeDoctor: true,",
        "      sources: [{ doc: nope, section: Heel }, { doc: doc, section: Nowhere }] }",
        // A kind far from any: checked as the kind its fields fit best (TREATMENT: phase).
        `  - { id: heel, kind: THING, name: Heel twice, summary: Again., phase: RELIEF, ${src} }`,
        // No kind: not every kind's required fields reported missing.
        `  - { id: no-kind, name: No kind, summary: Kindless., region: FOOT, ${src} }`,
      ].join("\n"),
    );
    const seen = problems.map((p) => [p.line, p.entry, p.code]);
    expect(seen).toEqual([
      [2, "Bad_Id", "SCHEMA"], // id not a slug
      [2, "Bad_Id", "SCHEMA"], // kind
      [2, "Bad_Id", "SCHEMA"], // name too short
      [3, "Bad_Id", "UNKNOWN_DOCUMENT"],
      [3, "Bad_Id", "UNKNOWN_SECTION"],
      [4, "heel", "DUPLICATE_ID"],
      [4, "heel", "SCHEMA"], // kind
      [5, "no-kind", "SCHEMA"], // kind missing
    ]);
    const fixes = problems.filter((p) => /\bkind\b/.test(p.message)).map((p) => p.fix);
    expect(fixes[0]).toMatch(/did you mean "CONDITION"\?.*checked as a CONDITION/);
    expect(fixes[1]).toMatch(/checked as a TREATMENT, the kind they fit best/);
    expect(fixes[2]).toMatch(/checked as a BODY_STRUCTURE, the kind they fit best/);
  });

  it("still checks the ends and citations of an edge that fails the schema", async () => {
    const problems = await problemsWith(
      "zz-broken.yaml",
      "edges:\n  - { from: ice, relation: TREATZ, to: heel-ach, explanation: A typo in the relation and its end., sources: [{ doc: nope, section: Heel }] }\n",
    );
    expect(problems.map((p) => p.code)).toEqual(["SCHEMA", "UNKNOWN_DOCUMENT", "UNKNOWN_NODE"]);
    expect(problems[0]?.fix).toMatch(/did you mean "TREATS"\?/);
    expect(problems[2]?.fix).toMatch(/did you mean "heel-ache"\?/);
    expect(new Set(problems.map((p) => p.entry))).toEqual(new Set(["ice -TREATZ-> heel-ach"]));
  });

  it("suggests the nearest section of the cited document and the nearest id", async () => {
    const problems = await problemsWith(
      "zz-broken.yaml",
      "nodes:\n  - { id: z3, kind: CAUSE, name: Z thing, summary: A summary., sources: [{ doc: doc, section: heel }] }\nfindings:\n  heel-ach: { sites: [heel], sources: [{ doc: doc, section: Heel }] }\n",
    );
    const section = problems.find((p) => p.code === "UNKNOWN_SECTION");
    expect(section?.fix).toMatch(/did you mean "Heel"\?/);
    const id = problems.find((p) => p.code === "UNKNOWN_NODE");
    expect(id?.fix).toMatch(/did you mean "heel-ache"\?/);
  });

  it("reports an empty folder as NO_DATA", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "kg-empty-"));
    const { problems, data } = await checkGraphData(dir);
    expect(data).toBeNull();
    expect(problems.map((p) => p.code)).toEqual(["NO_DATA"]);
  });
});
