import type { Entity, EntityKind } from "../graph/index.js";
import { type Steps, sortSteps } from "../graph/index.js";
import { foldText } from "./normalizeText.js";

/** A completion: a name or alias of an entity. */
export interface Suggestion {
  readonly text: string;
  readonly entity: Entity;
}

interface Entry {
  /** Folded text from one word start of `text` to its end. */
  readonly key: string;
  /** Whether `key` starts at the beginning of `text`. */
  readonly whole: boolean;
  readonly text: string;
  readonly entity: Entity;
  readonly isName: boolean;
}

/** Kinds a runner most likely means while typing, first. */
const KIND_ORDER: readonly EntityKind[] = [
  "CONDITION",
  "SYMPTOM",
  "BODY_STRUCTURE",
  "CAUSE",
  "TREATMENT",
  "ADVICE",
  "MECHANISM",
];

/**
 * Prefix completion over names and aliases, matching at any word start ("hip" completes
 * "Tight hip flexors"). A sorted array and binary search: O(log n + k) per call.
 */
export class SuggestIndex {
  private constructor(private readonly entries: readonly Entry[]) {}

  /** Builds the index over `entities`, one entity per step (see Steps), then one sort. */
  static *build(entities: ReadonlyMap<string, Entity>): Steps<SuggestIndex> {
    const entries: Entry[] = [];
    for (const entity of entities.values()) {
      const texts = [entity.name, ...entity.aliases];
      texts.forEach((text, i) => {
        const folded = foldText(text);
        for (const m of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
          entries.push({
            key: folded.slice(m.index),
            whole: m.index === 0,
            text,
            entity,
            isName: i === 0,
          });
        }
      });
      yield;
    }
    return new SuggestIndex(
      yield* sortSteps(entries, (a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    );
  }

  /** Up to `limit` completions of `prefix`, one per entity and text, best first. */
  complete(prefix: string, limit: number): Suggestion[] {
    const key = foldText(prefix).replace(/\s+/g, " ").trimStart();
    if (key.trim().length === 0) return [];
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.entries[mid]?.key ?? "") < key) lo = mid + 1;
      else hi = mid;
    }
    const found: Entry[] = [];
    for (let i = lo; i < this.entries.length; i++) {
      const e = this.entries[i];
      if (e === undefined || !e.key.startsWith(key)) break;
      found.push(e);
      if (found.length >= 2000) break;
    }
    const rank = (e: Entry) => [
      e.whole ? 0 : 1,
      e.isName ? 0 : 1,
      KIND_ORDER.indexOf(e.entity.kind),
      e.text.length,
    ];
    found.sort((a, b) => {
      const ra = rank(a);
      const rb = rank(b);
      for (let i = 0; i < ra.length; i++) {
        const d = (ra[i] ?? 0) - (rb[i] ?? 0);
        if (d !== 0) return d;
      }
      return a.text.localeCompare(b.text) || a.entity.id.localeCompare(b.entity.id);
    });
    const seen = new Set<string>();
    const out: Suggestion[] = [];
    for (const e of found) {
      const id = `${e.entity.id}|${e.text}`;
      if (seen.has(id) || seen.has(e.entity.id)) continue;
      seen.add(id);
      seen.add(e.entity.id);
      out.push({ text: e.text, entity: e.entity });
      if (out.length >= limit) break;
    }
    return out;
  }
}
