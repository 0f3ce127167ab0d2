import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

const WORDS =
  "heel arch calf shin knee hip ankle tendon fascia bone muscle sore sharp dull ache swollen stiff tight weak morning after long run hill speed mileage shoe surface rest ice stretch strength load".split(
    " ",
  );

/** A few words for entry `i`, varied so that the index has many distinct terms. */
const text = (i: number, n: number) =>
  Array.from(
    { length: n },
    (_, k) => `${WORDS[(i * 7 + k * 13) % WORDS.length]}${(i + k) % 97}`,
  ).join(" ");

const src = "sources: [{ doc: doc, section: S }]";

/** The YAML of `groups` groups (from `first`): a structure, symptom, condition, cause and treatment each, linked. */
function groupsYaml(first: number, groups: number): string {
  const nodes: string[] = [];
  const edges: string[] = [];
  for (let i = first; i < first + groups; i++) {
    nodes.push(
      `  - { id: part-${i}, kind: BODY_STRUCTURE, name: Part ${text(i, 2)}, region: FOOT, summary: ${text(i, 12)}., ${src} }`,
      `  - { id: feel-${i}, kind: SYMPTOM, name: Feeling ${text(i, 3)}, summary: ${text(i + 1, 12)}., ${src} }`,
      `  - { id: hurt-${i}, kind: CONDITION, name: Condition ${text(i, 2)}, aliases: [${text(i + 2, 2)}], summary: ${text(i + 2, 14)}., ${src} }`,
      `  - { id: why-${i}, kind: CAUSE, name: Cause ${text(i, 2)}, summary: ${text(i + 3, 12)}., ${src} }`,
      `  - { id: fix-${i}, kind: TREATMENT, name: Treatment ${text(i, 2)}, phase: RELIEF, summary: ${text(i + 4, 12)}., ${src} }`,
    );
    edges.push(
      `  - { from: hurt-${i}, relation: PRESENTS_WITH, to: feel-${i}, explanation: ${text(i, 8)}., ${src} }`,
      `  - { from: feel-${i}, relation: FELT_IN, to: part-${i}, explanation: ${text(i + 1, 8)}., ${src} }`,
      `  - { from: why-${i}, relation: CAUSES, to: hurt-${i}, explanation: ${text(i + 2, 8)}., ${src} }`,
      `  - { from: fix-${i}, relation: TREATS, to: hurt-${i}, explanation: ${text(i + 3, 8)}., ${src} }`,
      `  - { from: hurt-${i}, relation: AFFECTS, to: part-${i}, explanation: ${text(i + 4, 8)}., ${src} }`,
    );
  }
  return `nodes:\n${nodes.join("\n")}\nedges:\n${edges.join("\n")}\n`;
}

/**
 * A valid graph-data folder of `groups` × 10 entries (five nodes and five edges a group),
 * about 2 KB a group, in files of 200 groups (each well under the per-file limit). For
 * tests that need a load that takes a while, within the default limits.
 */
export async function largeGraph(groups: number) {
  const dir = await mkdtemp(path.join(tmpdir(), "kg-large-"));
  await writeFile(
    path.join(dir, "sources.yaml"),
    "sources:\n  - { id: doc, title: Large Document, file: large.txt, sections: [S] }\n",
  );
  for (let first = 0; first < groups; first += 200) {
    await writeFile(
      path.join(dir, `groups-${String(first).padStart(6, "0")}.yaml`),
      groupsYaml(first, Math.min(200, groups - first)),
    );
  }
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
