const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

const TEXT: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(ENTITIES).map(([c, e]) => [e, c]),
);

/** Whether a text holds any character {@link escapeHtml} writes as an entity. */
const SPECIAL = /[&<>"']/;

/**
 * `text` with the five characters that mean something in HTML (`& < > " '`) written as
 * entities, so it reads as the same text wherever it is inserted as HTML: in an element
 * or in a quoted attribute.
 */
export function escapeHtml(text: string): string {
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c) : text;
}

/** The text {@link escapeHtml} escaped: its five entities read back, nothing else. */
export function unescapeHtml(html: string): string {
  return html.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => TEXT[e] ?? e);
}
