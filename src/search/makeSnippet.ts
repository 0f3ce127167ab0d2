import type { Entity } from "../graph/index.js";
import { entityPassages } from "./entityText.js";
import { escapeHtml } from "./escapeHtml.js";
import { processTerm } from "./normalizeText.js";

/** Longest snippet, in characters, before the `<mark>` tags are added. */
export const SNIPPET_LENGTH = 200;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** A passage of an entity's text: its words (where, and their term) and distinct terms. */
interface Passage {
  readonly text: string;
  readonly words: readonly Mark[];
  readonly terms: ReadonlySet<string>;
}

/**
 * Each entity's passages with their words, worked out the first time the entity is a
 * hit: choosing the passage and marking its words then cost a few lookups instead of
 * tokenising text for every hit. Entities never change, and the WeakMap lets them go
 * with their knowledge base (its size follows the graph's text, which is bounded).
 */
const passagesOf = new WeakMap<Entity, readonly Passage[]>();

function passages(entity: Entity): readonly Passage[] {
  let known = passagesOf.get(entity);
  if (known === undefined) {
    known = entityPassages(entity).map((text) => {
      const marks = words(text);
      return { text, words: marks, terms: new Set(marks.map((w) => w.term)) };
    });
    passagesOf.set(entity, known);
  }
  return known;
}

/** The summary, when an entity has no passage at all. */
const summaryPassage = (entity: Entity): Passage => {
  const marks = words(entity.summary);
  return { text: entity.summary, words: marks, terms: new Set(marks.map((w) => w.term)) };
};

/**
 * The passage of the entity's own text that holds the most matched terms, cut to about
 * {@link SNIPPET_LENGTH} characters around the first match, as HTML that is safe by
 * construction: the text is escaped ({@link escapeHtml}) and the only tags are the
 * `<mark>…</mark>` around each matched word. `matched` holds processed document terms.
 */
export function makeSnippet(entity: Entity, matched: ReadonlySet<string>): string {
  let chosen: Passage | null = null;
  let best = -1;
  for (const p of passages(entity)) {
    let score = 0;
    for (const term of matched) if (p.terms.has(term)) score++;
    if (score > best) {
      best = score;
      chosen = p;
    }
  }
  const { text: passage, words: marks } = chosen ?? summaryPassage(entity);
  const hits = marks.filter((w) => matched.has(w.term));
  const first = hits[0]?.start ?? 0;
  let start = 0;
  if (passage.length > SNIPPET_LENGTH && first > SNIPPET_LENGTH / 3) {
    start = passage.lastIndexOf(" ", first - SNIPPET_LENGTH / 4) + 1;
  }
  let end = Math.min(passage.length, start + SNIPPET_LENGTH);
  if (end < passage.length) end = Math.max(passage.lastIndexOf(" ", end), start + 1);
  const highlighted = highlight(passage, start, end, hits);
  return `${start > 0 ? "…" : ""}${highlighted}${end < passage.length ? "…" : ""}`;
}

interface Mark {
  readonly start: number;
  readonly end: number;
  readonly term: string;
}

/** The words of `text` that are not stop words, with where they are and their term. */
function words(text: string): Mark[] {
  const out: Mark[] = [];
  for (const m of text.matchAll(WORD)) {
    const term = processTerm(m[0]);
    if (term !== null) out.push({ start: m.index, end: m.index + m[0].length, term });
  }
  return out;
}

/** `text` from `start` to `end`, escaped, with each mark inside that window wrapped in `<mark>`. */
function highlight(text: string, start: number, end: number, hits: readonly Mark[]): string {
  let out = "";
  let at = start;
  for (const m of hits) {
    if (m.start < start || m.end > end) continue;
    out += `${escapeHtml(text.slice(at, m.start))}<mark>${escapeHtml(text.slice(m.start, m.end))}</mark>`;
    at = m.end;
  }
  return out + escapeHtml(text.slice(at, end));
}
