import { h } from "./dom.js";

/** A link to entity `e`'s page in the explorer (`#/entity/<id>`), its name as the text. */
export const entityLink = (e: { id: string; name: string }): HTMLElement =>
  h("a", { href: `#/entity/${encodeURIComponent(e.id)}` }, e.name);
