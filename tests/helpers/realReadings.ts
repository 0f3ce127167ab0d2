import { expect } from "vitest";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { realKb } from "./knowledge.js";
import { askedFindings, entityFindings, matchedIds, triageLevel } from "./readings.js";

/**
 * The bundled graph-data's knowledge base, loaded when a test file first imports this module
 * (once per test worker, as {@link realKb} caches it), so that a file reading sentences on the
 * real vocabulary needs no setup of its own.
 */
export const kb: KnowledgeBase = await realKb();

/** Each finding of `text` with an entity as [id, present, whose, site]. */
export const read = (text: string) => entityFindings(kb, text, "site");

/** Each finding of `text` with an entity as [id, present, whose, side]. */
export const sided = (text: string) => entityFindings(kb, text, "side");

/** Whose body the reading of `text` answers about. */
export const about = (text: string) => kb.reader.read(text).about;

/** Each present finding of `text` with an entity as [id, only asked about]. */
export const asked = (text: string) => askedFindings(kb, text);

/** Expects each of `texts` to report the warning sign `id` and to be triaged URGENT. */
export function expectUrgentSign(id: string, texts: readonly string[]): void {
  for (const text of texts) {
    expect(matchedIds(kb, text), text).toContain(`+${id}`);
    expect(triageLevel(kb, text), text).toBe("URGENT");
  }
}
