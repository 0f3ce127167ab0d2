import { svg } from "./dom.js";
import { DOT_SPACE, LABEL_FONT, layoutNeighbourhood, type Placed } from "./neighbourhoodLayout.js";
import { kindWords } from "./relationWords.js";

/** At most this many neighbours are drawn (about a column's width); the list below has them all. */
export const MAX_DRAWN = 16;
/** Longer names are cut with an ellipsis in the drawing; the link's title has the whole name. */
const MAX_LABEL = 24;

const short = (name: string) =>
  name.length <= MAX_LABEL ? name : `${name.slice(0, MAX_LABEL - 1).trimEnd()}…`;

/** One neighbour as the drawing needs it. */
export interface Neighbour {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
}

const PAD = 8;

/**
 * The entity at the centre and its neighbours around it, laid out so no two labels
 * overlap, each neighbour a link to its page, with a legend of the kinds' colours. The
 * SVG holds links, so it is not marked as an image (an image may not hold links).
 */
export function neighbourhood(centre: Neighbour, neighbours: readonly Neighbour[]): Element {
  const placed = layoutNeighbourhood(
    { id: centre.id, label: short(centre.name), kind: centre.kind },
    neighbours.slice(0, MAX_DRAWN).map((n) => ({ id: n.id, label: short(n.name), kind: n.kind })),
  );
  const [middle, ...around] = placed;
  const minX = Math.min(...placed.map((p) => p.x - p.width / 2)) - PAD;
  const maxX = Math.max(...placed.map((p) => p.x + p.width / 2)) + PAD;
  const minY = Math.min(...placed.map((p) => p.y - p.height / 2)) - PAD;
  const maxY = Math.max(...placed.map((p) => p.y + p.height / 2)) + PAD;
  const root = svg("svg", {
    viewBox: `${minX} ${minY} ${maxX - minX} ${maxY - minY}`,
    class: "neighbourhood",
    width: Math.ceil(maxX - minX),
    height: Math.ceil(maxY - minY),
  });
  if (!middle) return root;
  for (const p of around) {
    root.append(svg("line", { x1: middle.x, y1: middle.y, x2: p.x, y2: p.y, class: "link" }));
  }
  const names = new Map(neighbours.map((n) => [n.id, n.name]));
  for (const p of around) {
    const name = names.get(p.id) ?? p.label;
    const anchor = svg("a", { href: `#/entity/${encodeURIComponent(p.id)}` });
    anchor.append(svg("title", {}, name), ...label(p, false));
    root.append(anchor);
  }
  root.append(...label(middle, true));
  const kinds = [...new Set([centre.kind, ...around.map((p) => p.kind)])];
  const legend = document.createElement("ul");
  legend.className = "legend";
  legend.setAttribute("aria-label", "Legend: colours by kind");
  for (const kind of kinds) {
    const item = document.createElement("li");
    const swatch = document.createElement("span");
    swatch.className = `swatch ${kind.toLowerCase()}`;
    swatch.setAttribute("aria-hidden", "true");
    item.append(swatch, kind === centre.kind ? `${kindWords(kind)}` : kindWords(kind));
    legend.append(item);
  }
  // Drawn at its natural size, so labels stay readable; a narrow screen scrolls the
  // drawing sideways inside its own frame (focusable, so keyboards can scroll it too).
  const frame = document.createElement("div");
  frame.className = "graph-frame";
  frame.tabIndex = 0;
  frame.setAttribute("role", "group");
  frame.setAttribute("aria-label", `${centre.name} and ${around.length} linked entities, drawn`);
  frame.append(root);
  centreOn(frame, middle.x - minX);
  const figure = document.createElement("figure");
  figure.className = "neighbourhood";
  const caption = document.createElement("figcaption");
  const more =
    neighbours.length > around.length
      ? ` (${around.length} of ${neighbours.length} drawn; all are listed below)`
      : "";
  caption.textContent = `${centre.name} (centre, outlined) and what it links to${more}.`;
  figure.append(frame, legend, caption);
  return figure;
}

/**
 * Keeps `frame` scrolled so that `x` (px from the drawing's left edge: it is drawn at its
 * natural size) is in the middle of it: a drawing wider than a phone opens on the entity at
 * its centre, not on its left edge with the centre off-screen. Done as the frame gets its
 * width and at each change of it, until the runner scrolls it themselves (its scroll is then
 * not where it was put), which is left alone: one observer per drawing, let go then.
 */
function centreOn(frame: HTMLElement, x: number) {
  let put = 0;
  const observer = new ResizeObserver(() => {
    if (frame.clientWidth === 0) return;
    if (Math.abs(frame.scrollLeft - put) > 1) return observer.disconnect();
    const most = Math.max(0, frame.scrollWidth - frame.clientWidth);
    put = Math.round(Math.min(most, Math.max(0, x - frame.clientWidth / 2)));
    frame.scrollLeft = put;
  });
  observer.observe(frame);
}

/** A label box: a rounded backdrop, the kind's dot and the name. */
function label(p: Placed, centre: boolean): SVGElement[] {
  const left = p.x - p.width / 2;
  return [
    svg("rect", {
      x: left,
      y: p.y - p.height / 2,
      width: p.width,
      height: p.height,
      rx: 4,
      class: centre ? "label centre" : "label",
      "data-box": "",
    }),
    svg("circle", {
      cx: left + DOT_SPACE / 2 + 1,
      cy: p.y,
      r: 4,
      class: `dot ${p.kind.toLowerCase()}`,
    }),
    svg(
      "text",
      {
        x: left + DOT_SPACE,
        y: p.y + LABEL_FONT / 2 - 1.5,
        class: centre ? "label-text centre-label" : "label-text",
      },
      p.label,
    ),
  ];
}
