import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type KnowledgeBase, loadKnowledgeBase } from "../../src/knowledge/index.js";
import { escapeHtml } from "../../src/search/escapeHtml.js";
import { graphWith } from "../helpers/graphWith.js";

/** A curator's (or an attacker's) summary holding markup, as graph-data may. */
const HOSTILE =
  'Heel trouble <img src=x onerror=alert(1)> and "quotes" & <script>alert(2)</script> here.';

let kb: KnowledgeBase;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const made = await graphWith({
    "hostile.yaml": `nodes:\n  - id: hostile-node\n    kind: SYMPTOM\n    name: Hostile heel trouble\n    summary: ${JSON.stringify(HOSTILE)}\n    sources: [{ doc: doc, section: Heel }]\n`,
  });
  cleanup = made.cleanup;
  kb = await loadKnowledgeBase(made.dir);
});
afterAll(() => cleanup());

/** The snippet without its mark tags, entities read back: the text a browser would show. */
const shown = (snippet: string) =>
  snippet
    .replace(/<\/?mark>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

describe("snippets are safe HTML by construction", () => {
  it("escapes markup in graph-data text and keeps only <mark> tags", () => {
    const hit = kb.searchIndex
      .search("heel trouble quotes")
      .find((h) => h.entity.id === "hostile-node");
    expect(hit).toBeDefined();
    const snippet = hit?.snippet ?? "";
    expect(snippet).not.toMatch(/<(?!\/?mark>)/);
    expect(snippet).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(snippet).toContain("&quot;<mark>quotes</mark>&quot; &amp; &lt;script&gt;");
    expect(snippet).toMatch(/<mark>[Hh]eel<\/mark>/);
    expect(shown(snippet)).toBe(HOSTILE);
  });

  it("escapes any text so that it reads back unchanged and holds no tag", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-ascii" }), (text) => {
        const html = escapeHtml(text);
        expect(html).not.toMatch(/[<>"']/);
        expect(shown(html)).toBe(text);
      }),
    );
  });
});
