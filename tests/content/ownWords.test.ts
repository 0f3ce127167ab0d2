import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "../helpers/knowledge.js";
import { ROOT } from "../helpers/paths.js";

/** Runs of this many words shared with an article count as copied text. */
const SHINGLE = 8;
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

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await realKb();
});

it(`no summary, explanation, step or answer repeats ${SHINGLE} words in a row from an article`, (ctx) => {
  let articles: string[];
  try {
    articles = readdirSync(SEEDS)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => readFileSync(path.join(SEEDS, f), "utf8"));
  } catch {
    ctx.skip();
    return;
  }
  const copied = new Set(articles.flatMap((a) => [...shingles(a)]));
  const texts: [string, string][] = [];
  for (const e of kb.data.entities.values()) {
    texts.push([e.id, e.summary]);
    if (e.kind === "TREATMENT") for (const s of e.steps) texts.push([`${e.id} step`, s]);
    if (e.kind === "ADVICE") texts.push([`${e.id} answer`, e.answer]);
  }
  for (const edge of kb.data.edges) texts.push([edge.key, edge.explanation]);
  const offenders = texts
    .map(([where, text]) => [where, [...shingles(text)].filter((s) => copied.has(s))] as const)
    .filter(([, hits]) => hits.length > 0)
    .map(([where, hits]) => `${where}: "${hits[0]}"`);
  expect(offenders).toEqual([]);
});
