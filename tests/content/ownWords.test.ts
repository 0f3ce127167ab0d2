import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import { ROOT } from "../helpers/paths.js";

/**
 * Runs of this many words shared with an article count as copied text. Section headings
 * are excepted only as the section names citations use (`sources[].section`), which this
 * test does not read; a question or summary that repeats a heading is a copy like any other.
 */
const SHINGLE = 6;
const SEEDS = path.join(ROOT, "../shared/seeds");

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’']/g, "")
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);

function shingles(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= w.length; i++) out.add(w.slice(i, i + SHINGLE).join(" "));
  return out;
}

/** The runs of `text` found in `copied`, if any. */
const copiedRuns = (copied: ReadonlySet<string>, text: string) =>
  [...shingles(text)].filter((s) => copied.has(s));

function readArticles(): string[] | null {
  try {
    return readdirSync(SEEDS)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => readFileSync(path.join(SEEDS, f), "utf8"));
  } catch {
    return null;
  }
}

let kb: KnowledgeBase;
let articles: string[] | null;
let copied: Set<string>;
beforeAll(async () => {
  kb = await realKb();
  articles = readArticles();
  copied = new Set((articles ?? []).flatMap((a) => [...shingles(a)]));
});

describe(`own words: no run of ${SHINGLE} words from an article`, () => {
  it(`catches a planted ${SHINGLE}-word copy and lets ${SHINGLE - 1} words pass`, (ctx) => {
    if (articles === null) return ctx.skip();
    const sentence = words(articles[2] ?? "").slice(200, 200 + SHINGLE);
    expect(sentence).toHaveLength(SHINGLE);
    const planted = `Our own opening, then ${sentence.join(" ")}, then our own close.`;
    expect(copiedRuns(copied, planted)).toEqual([sentence.join(" ")]);
    const shorter = `Our own opening, then ${sentence.slice(0, SHINGLE - 1).join(" ")} zebra.`;
    expect(copiedRuns(copied, shorter)).toEqual([]);
  });

  it("in any summary, explanation, step, advice question or answer", (ctx) => {
    if (articles === null) return ctx.skip();
    const texts: [string, string][] = [];
    for (const e of kb.data.entities.values()) {
      texts.push([e.id, e.summary]);
      if (e.kind === "TREATMENT") for (const s of e.steps) texts.push([`${e.id} step`, s]);
      if (e.kind === "ADVICE") {
        texts.push([`${e.id} question`, e.question]);
        texts.push([`${e.id} answer`, e.answer]);
      }
    }
    for (const edge of kb.data.edges) texts.push([edge.key, edge.explanation]);
    const offenders = texts
      .map(([where, text]) => [where, copiedRuns(copied, text)] as const)
      .filter(([, hits]) => hits.length > 0)
      .map(([where, hits]) => `${where}: "${hits.join('" / "')}"`);
    expect(offenders).toEqual([]);
  });
});

/** The section names citations use (graph-data `section:` values), which prose may name. */
function sectionNames(): string[] {
  const dir = path.join(ROOT, "graph-data");
  const names = new Set<string>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".yaml")))
    for (const m of readFileSync(path.join(dir, f), "utf8").matchAll(
      /section: ("[^"]+"|[^,}\n]+)/g,
    ))
      names.add((m[1] ?? "").replace(/^"|"$/g, "").trim().toLowerCase());
  return [...names].sort((a, b) => b.length - a.length);
}

/**
 * The labelling conventions, a section of docs/reading.md since the README's detail moved
 * there (their article wording is what the review of session 31 found).
 */
function conventions(): string {
  const doc = readFileSync(path.join(ROOT, "docs/reading.md"), "utf8");
  const from = doc.indexOf("\n## Labelling conventions\n");
  const to = doc.indexOf("\n## ", from + 1);
  return from === -1 || to === -1 ? "" : doc.slice(from, to);
}

/** The vocabulary's comment lines. */
function vocabularyComments(): string {
  const text = readFileSync(path.join(ROOT, "graph-data/vocabulary.yaml"), "utf8");
  return text
    .split("\n")
    .filter((line) => line.trimStart().startsWith("#"))
    .join("\n");
}

describe(`own words in the project's prose: no run of ${SHINGLE} words from an article`, () => {
  it("in docs/reading.md's labelling conventions and the vocabulary's comments, section names aside", (ctx) => {
    if (articles === null) return ctx.skip();
    const sections = sectionNames();
    const offenders: string[] = [];
    const prose: [string, string][] = [
      ["docs/reading.md conventions", conventions()],
      ["vocabulary comments", vocabularyComments()],
    ];
    expect(prose[0]?.[1]).toContain("back-ankle");
    for (const [where, original] of prose) {
      let text = original.toLowerCase().replace(/[’]/g, "'");
      for (const s of sections) text = text.split(s).join(" | ");
      for (const run of copiedRuns(copied, text)) offenders.push(`${where}: "${run}"`);
    }
    expect(offenders).toEqual([]);
  });
});
