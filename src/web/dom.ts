import { errorHint } from "./graphql.js";

/** Attributes and event handlers of an element made by {@link h}. */
export type Attrs = Record<
  string,
  string | number | boolean | ((event: Event) => void) | undefined
>;

/** Creates an element with attributes (`on*` keys become listeners) and children; text is never parsed as HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === "function") el.addEventListener(key.slice(2).toLowerCase(), value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return el;
}

/** An SVG element with attributes. */
export function svg(
  tag: string,
  attrs: Record<string, string | number> = {},
  ...children: (Node | string)[]
): SVGElement {
  const el = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(typeof c === "string" ? document.createTextNode(c) : c);
  return el;
}

const ENTITIES: Readonly<Record<string, string>> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

/** The text an escaped snippet part stands for (the API escapes exactly these five). */
const fromHtml = (html: string) =>
  html.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);

/**
 * A snippet (escaped text with <mark> tags) as real <mark> elements and text nodes; no
 * part of it is ever parsed as HTML, so even a snippet that was not escaped stays text.
 */
export function marked(snippet: string): DocumentFragment {
  const out = document.createDocumentFragment();
  snippet.split(/(<mark>.*?<\/mark>)/g).forEach((part) => {
    const m = /^<mark>(.*)<\/mark>$/.exec(part);
    out.append(m ? h("mark", {}, fromHtml(m[1] ?? "")) : document.createTextNode(fromHtml(part)));
  });
  return out;
}

/** Replaces the content of `target` with `nodes`. */
export function show(target: Element, ...nodes: (Node | string)[]): void {
  target.replaceChildren(...nodes);
}

/**
 * Shows an error in `target` as an alert, in the API's own words when it sent some (what
 * went wrong: what is allowed), with `hint` (default: errorHint's, what the runner typed
 * stays in its field, to fix and resend, or only to resend when it was not at fault).
 */
export function showError(target: Element, err: unknown, hint = errorHint(err)): void {
  show(
    target,
    h(
      "div",
      { class: "error", role: "alert" },
      h("strong", {}, "That did not work. "),
      err instanceof Error ? err.message : String(err),
      h("p", { class: "hint" }, hint),
    ),
  );
}

/** An ordered list of `items` rendered by `item`, or a paragraph saying `empty` when there are none. */
export function listOr<T>(
  items: readonly T[],
  empty: string,
  className: string,
  item: (value: T, index: number) => HTMLElement,
): HTMLElement {
  return items.length === 0 ? h("p", {}, empty) : h("ol", { class: className }, ...items.map(item));
}
