/**
 * Lists the edges whose cited sections do not visibly say them, for a curator to read:
 *
 *   npx tsx scripts/citationCheck.ts [seeds folder]   (default: ../shared/seeds)
 *
 * Splits each article of the bundled graph-data into its declared sections (a heading line,
 * or for a heading lost in the text the opening words in LOST_HEADINGS), then for every
 * edge checks each citation: the document and section exist, and the section's text names
 * both ends (a word of the end's name, an alias or its id, longer than three letters and
 * not one of GENERIC_WORDS, met as a word start). An edge none of whose citations names
 * both ends, or with a citation that names neither, is printed with what each citation lacks; the exit code is 1 when a citation
 * names a section the article does not have (a broken citation), 0 otherwise, since a
 * listed edge may still be right in other words (a manual read decides).
 * Bounded: only the declared article files are read, each up to MAX_ARTICLE_BYTES.
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Edge, Entity, GraphData } from "../src/graph/index.js";
import { loadGraphData } from "../src/graph/index.js";

const GRAPH = fileURLToPath(new URL("../graph-data/", import.meta.url));
const SEEDS = fileURLToPath(new URL("../../shared/seeds/", import.meta.url));

/** The largest article read (the four are under 14 kB): a bigger file is refused. */
const MAX_ARTICLE_BYTES = 1_000_000;

/**
 * The opening words of each section whose heading the text lost (sources.yaml marks them
 * "(heading lost)"), by document id and section.
 */
const LOST_HEADINGS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "ankle-pain": {
    Overtraining: "Similar to repetitive use",
    "Ankle Tendonitis": "Ankle tendonitis occurs",
    Arthritis: "This type of chronic ankle",
    Rest: "The first thing to do",
    Ice: "Another way to treat running ankle pain",
    Compression: "One other way to help manage pain",
    Elevation: "When the ankle pain from running is so bad",
    Stretching: "In some cases, stretching",
  },
  "heel-pain": {
    Bursitis: "Bursitis is inflammation",
    Stretching: "Stretching exercises can help",
    "Cross-Training": "Incorporate low-impact cross-training",
  },
  achilles: { Introduction: "" },
};

/** Words too common in the articles to show that a section speaks of an end. */
const GENERIC_WORDS = new Set(
  "pain pains painful hurt hurts sore running runner runners after during with from your that this what when more less into the and feel feels felt".split(
    " ",
  ),
);

/** Folds text for matching: lower case, plain apostrophes, letters and digits only. */
const fold = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** The sections of one article, by heading, each as folded text. */
function sectionsOf(text: string, doc: string, headings: readonly string[]): Map<string, string> {
  const lines = text.split("\n");
  const starts: { section: string; at: number }[] = [];
  const lost = LOST_HEADINGS[doc] ?? {};
  for (const section of headings) {
    const opening = lost[section];
    const at =
      opening === undefined
        ? lines.findIndex((l) => fold(l) === fold(section))
        : opening === ""
          ? 0
          : lines.findIndex((l) => l.trim().startsWith(opening));
    if (at >= 0) starts.push({ section, at });
  }
  starts.sort((a, b) => a.at - b.at);
  const out = new Map<string, string>();
  for (const [i, { section, at }] of starts.entries()) {
    const end = starts[i + 1]?.at ?? lines.length;
    // A heading that repeats (the title twice) keeps its text up to the next other heading.
    out.set(section, fold(lines.slice(at, end === at ? lines.length : end).join(" ")));
  }
  return out;
}

/** The words that name `entity`: of its name, aliases and id, specific enough to count. */
function wordsFor(entity: Entity): string[] {
  const all = [entity.name, ...entity.aliases, entity.id.replace(/-/g, " ")].flatMap((label) =>
    fold(label).split(" "),
  );
  return [...new Set(all.filter((w) => w.length > 3 && !GENERIC_WORDS.has(w)))];
}

/** Whether `text` (folded) has a word starting with the first five letters of one of `words`. */
const names = (text: string, words: readonly string[]) =>
  words.some((w) => new RegExp(`\\b${w.slice(0, 5)}`).test(text));

/** What a citation of `edge` lacks: "" when its section names both ends. */
function lacks(edge: Edge, text: string | undefined, data: GraphData): string {
  if (text === undefined) return "no such section";
  const missing = [edge.from, edge.to].filter((id) => {
    const entity = data.entities.get(id);
    return entity === undefined || !names(text, wordsFor(entity));
  });
  return missing.length === 0 ? "" : `does not name ${missing.join(" nor ")}`;
}

async function main(): Promise<void> {
  const seeds = process.argv[2] ?? SEEDS;
  const data = await loadGraphData(GRAPH);
  const sections = new Map<string, Map<string, string>>();
  for (const doc of data.documents.values()) {
    const file = path.join(seeds, doc.file);
    if (statSync(file).size > MAX_ARTICLE_BYTES)
      throw new Error(`${file} is over ${MAX_ARTICLE_BYTES} bytes: pass the seeds folder`);
    sections.set(doc.id, sectionsOf(readFileSync(file, "utf8"), doc.id, doc.sections));
  }
  let broken = 0;
  let listed = 0;
  for (const edge of data.edges) {
    const found = edge.sources.map((s) => ({
      cite: `${s.doc} / ${s.section}`,
      lack: lacks(edge, sections.get(s.doc)?.get(s.section), data),
    }));
    broken += found.filter((f) => f.lack === "no such section").length;
    // Named by one citation, the edge still lists a citation that names neither end.
    if (found.some((f) => f.lack === "") && !found.some((f) => f.lack.includes(" nor "))) continue;
    listed++;
    console.log(`${edge.from} ${edge.relation} ${edge.to}`);
    for (const f of found) console.log(`    ${f.cite}: ${f.lack}`);
  }
  console.log(
    `\n${listed} of ${data.edges.length} edges for a manual read; ${broken} broken citations`,
  );
  process.exitCode = broken > 0 ? 1 : 0;
}

await main();
