import type { Entity } from "../graph/model.js";
import { entityPassages } from "./entityText.js";
import { processTerm } from "./normalizeText.js";

/** Longest snippet, in characters, before the `<mark>` tags are added. */
export const SNIPPET_LENGTH = 200;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/**
 * The passage of the entity's own text that holds the most matched terms, cut to about
 * {@link SNIPPET_LENGTH} characters around the first match, with every matched word
 * wrapped in `<mark>…</mark>`. `matched` holds processed document terms.
 */
export function makeSnippet(entity: Entity, matched: ReadonlySet<string>): string {
  let best: { passage: string; score: number; hits: Mark[] } = {
    passage: entity.summary,
    score: -1,
    hits: [],
  };
  for (const passage of entityPassages(entity)) {
    const hits = marks(passage, matched);
    const score = new Set(hits.map((h) => h.term)).size;
    if (score > best.score) best = { passage, score, hits };
  }
  const { passage, hits } = best;
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

function marks(text: string, matched: ReadonlySet<string>): Mark[] {
  const out: Mark[] = [];
  for (const m of text.matchAll(WORD)) {
    const term = processTerm(m[0]);
    if (term !== null && matched.has(term)) {
      out.push({ start: m.index, end: m.index + m[0].length, term });
    }
  }
  return out;
}

/** `text` from `start` to `end` with each mark inside that window wrapped in `<mark>`. */
function highlight(text: string, start: number, end: number, hits: readonly Mark[]): string {
  let out = "";
  let at = start;
  for (const m of hits) {
    if (m.start < start || m.end > end) continue;
    out += `${text.slice(at, m.start)}<mark>${text.slice(m.start, m.end)}</mark>`;
    at = m.end;
  }
  return out + text.slice(at, end);
}
