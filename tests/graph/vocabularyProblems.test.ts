import { afterEach, describe, expect, it } from "vitest";
import { checkGraphData } from "../../src/graph/index.js";
import { graphWith } from "../helpers/graphWith.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function problemsWith(files: Record<string, string>) {
  const { dir, cleanup } = await graphWith(files);
  cleanups.push(cleanup);
  return (await checkGraphData(dir)).problems.filter((p) => p.severity === "error");
}

const src = "sources: [{ doc: doc, section: Heel }]";

describe("graph-data vocabulary and findings checks", () => {
  it("loads the fixture's vocabulary and findings", async () => {
    const { dir, cleanup } = await graphWith({});
    cleanups.push(cleanup);
    const { data } = await checkGraphData(dir);
    expect(data?.vocabulary.sites.map((s) => s.id)).toContain("under-heel");
    expect(data?.findings.get("stabbing-heel")?.sites).toEqual(["under-heel"]);
  });

  it("reports a profile naming an unknown term at its line, with the known ones as the fix", async () => {
    const problems = await problemsWith({
      "more-findings.yaml": `findings:\n  heel-crack:\n    sites: [heel]\n    feelings: [crunchy]\n    ${src}\n`,
    });
    expect(problems).toEqual([
      expect.objectContaining({
        code: "UNKNOWN_TERM",
        file: "more-findings.yaml",
        line: 4,
        entry: "heel-crack",
        fix: expect.stringContaining("stabbing"),
      }),
    ]);
  });

  it("reports a profile keyed by something that is not a symptom, cause, condition or mechanism", async () => {
    const problems = await problemsWith({
      "more-findings.yaml": `findings:\n  ice:\n    feelings: [pain]\n    ${src}\n  nowhere:\n    feelings: [pain]\n    ${src}\n`,
    });
    expect(problems.map((p) => [p.code, p.line, p.entry])).toEqual([
      // Each at its entry's first line under the key.
      ["UNKNOWN_NODE", 3, "ice"],
      ["UNKNOWN_NODE", 6, "nowhere"],
    ]);
  });

  it("needs the symptom a condition read from generic pain counts as, and allows it nowhere else", async () => {
    const profile = (id: string, extra: string) =>
      `  ${id}:\n    sites: [heel]\n    feelings: [pain]\n${extra}    ${src}\n`;
    const problems = await problemsWith({
      "more-findings.yaml": [
        "findings:",
        profile("heel-ache", "    general: true\n"),
        profile("heel-crack", "    general: true\n    countsAs: heel-pain-runing\n"),
        profile("knee-strain", "    countsAs: heel-pain-running\n"),
        profile("tight-hip", "    general: true\n    countsAs: heel-pain-running\n"),
      ].join("\n"),
    });
    expect(problems.map((p) => [p.code, p.entry])).toEqual([
      ["SCHEMA", "heel-ache"],
      ["UNKNOWN_NODE", "heel-crack"],
      ["SCHEMA", "knee-strain"],
    ]);
    expect(problems[1]?.fix).toContain("heel-pain-running");
  });

  it("refuses a warning sign as the pain a generic reading counts as", async () => {
    // Every generic ache would then raise triage as that sign.
    const problems = await problemsWith({
      "more-findings.yaml": `findings:\n  tight-hip:\n    sites: [heel]\n    feelings: [pain]\n    general: true\n    countsAs: heel-numbness\n    ${src}\n`,
    });
    expect(problems.map((p) => [p.code, p.entry, p.line])).toEqual([["SCHEMA", "tight-hip", 6]]);
  });

  it("lets a sign take in only another symptom no more urgent than itself (takesIn)", async () => {
    // Keeping the taking one alone must never triage lower than keeping both (the real
    // graph-data's own takesIn load clean in every other test).
    const problems = await problemsWith({
      "more-findings.yaml": [
        "findings:",
        `  heel-crack:\n    sites: [heel]\n    feelings: [pain]\n    takesIn: [heel-numbness]\n    ${src}`,
        `  tight-hip:\n    sites: [heel]\n    feelings: [pain]\n    takesIn: [tight-hip, heel-pain-runing]\n    ${src}`,
        "",
      ].join("\n"),
    });
    expect(problems.map((p) => [p.code, p.entry])).toEqual([
      ["SCHEMA", "heel-crack"],
      ["UNKNOWN_NODE", "tight-hip"],
      ["UNKNOWN_NODE", "tight-hip"],
    ]);
    expect(problems[2]?.fix).toContain("heel-pain-running");
  });

  it("reports a site the vocabulary lacks among those a pain came before (cameBefore)", async () => {
    const problems = await problemsWith({
      "more-findings.yaml": `findings:\n  heel-crack:\n    sites: [heel]\n    cameBefore: [kneee]\n    ${src}\n`,
    });
    expect(problems.map((p) => [p.code, p.entry, p.line])).toEqual([
      ["UNKNOWN_TERM", "heel-crack", 4],
    ]);
  });

  it("reports sites within each other as a cycle, so the load stops before the reader is built", async () => {
    const files = {
      "more-words.yaml": [
        "vocabulary:",
        "  sites:",
        "    - { id: cyc-a, name: Cyc A, within: cyc-b, words: [zork side] }",
        "    - { id: cyc-b, name: Cyc B, within: cyc-a, words: [zork] }",
        "  siteParts: [outside]",
        "  partLeads: [on]",
        "",
      ].join("\n"),
    };
    const problems = await problemsWith(files);
    expect(problems.filter((p) => p.code === "CYCLE").map((p) => p.entry)).toEqual([
      "cyc-a",
      "cyc-b",
    ]);
  });

  it("reports a site within an unknown site, a bad structure and an unreadable pattern", async () => {
    const problems = await problemsWith({
      "more-words.yaml": [
        "vocabulary:",
        "  sites:",
        "    - { id: arch, name: Arch, within: foot, words: [arch] }",
        "    - { id: toe, name: Toe, structure: ice, words: [toe] }",
        "  quantities:",
        "    - measure: weeks",
        "      context: [weeks]",
        "      patterns: [{ pattern: 'for {x} weeks' }]",
        "",
      ].join("\n"),
    });
    expect(problems.map((p) => [p.code, p.file, p.line])).toEqual([
      ["UNKNOWN_TERM", "more-words.yaml", 3],
      ["UNKNOWN_NODE", "more-words.yaml", 4],
      ["SCHEMA", "more-words.yaml", 8],
    ]);
  });

  it("checks the vocabulary's shape with the JSON Schema", async () => {
    const problems = await problemsWith({
      "more-words.yaml": "vocabulary:\n  feelings:\n    - { id: Bad Id, words: [] }\n",
    });
    expect(problems.every((p) => p.code === "SCHEMA" && p.line === 3)).toBe(true);
    expect(problems.length).toBeGreaterThan(0);
  });

  it("stops at a phrase in a list compared one word at a time, naming the entry and the fix", async () => {
    const problems = await problemsWith({
      "more-words.yaml": "vocabulary:\n  questionLeads: [does]\n  likeness: [like, sort of]\n",
    });
    expect(problems.map((p) => [p.code, p.file, p.line, p.entry])).toEqual([
      ["SCHEMA", "more-words.yaml", 3, null],
    ]);
    expect(problems[0]?.message).toContain("vocabulary.likeness[1]");
    expect(problems[0]?.fix).toContain("one word per entry");
  });

  it("stops at a phrase in realWords or ownedOnly (looked up one word at a time)", async () => {
    const problems = await problemsWith({
      "more-words.yaml":
        "vocabulary:\n  realWords: [angle, at an angle]\n  ownedOnly: [the hell]\n",
    });
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ["SCHEMA", 2],
      ["SCHEMA", 3],
    ]);
  });
});
