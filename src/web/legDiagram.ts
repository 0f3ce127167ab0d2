import { svg } from "./dom.js";
import { LEG_OUTLINE, LEG_POSITIONS, REGION_POSITIONS } from "./legMap.js";

/** A body structure as the explorer knows it (prefetched once). */
export interface Structure {
  readonly id: string;
  readonly name: string;
  readonly region: string;
}

/** A root cause's way over the leg: the structures it passes, from where it hurts to where it starts. */
export interface LegRoute {
  /** The root cause's id. */
  readonly id: string;
  /** The root cause's name. */
  readonly name: string;
  /** Structure ids in order, runner's end first; consecutive repeats removed. */
  readonly points: readonly string[];
}

const WIDTH = 400;
const HEIGHT = 524;
/** Where the labels' column starts, right of the leg; labels are at least this far apart. */
const LABEL_X = 212;
const LABEL_GAP = 15;

/** Where `id` is drawn: its own spot, else its region's, else null (not a structure). */
export function positionOf(
  id: string,
  structures: ReadonlyMap<string, Structure>,
): readonly [number, number] | null {
  const s = structures.get(id);
  if (!s) return null;
  return LEG_POSITIONS[id] ?? REGION_POSITIONS[s.region] ?? null;
}

/**
 * The leg, drawn once: the outline, every structure as a dot where it sits, every route
 * overlaid faintly, and the selected route's links as arrows from where it starts (a solid
 * dot) to where it hurts (a ring), its structures named in a column beside the leg. An image (no links inside):
 * its name says what the selected route passes through.
 */
export function legDiagram(
  structures: ReadonlyMap<string, Structure>,
  routes: readonly LegRoute[],
  selected: string | null,
): SVGElement {
  const chosen = routes.find((r) => r.id === selected) ?? null;
  const names = (chosen?.points ?? []).map((id) => structures.get(id)?.name ?? id);
  const title = !chosen
    ? "The leg, with no route through it"
    : names.length === 1
      ? `The leg: where it hurts, ${names[0]}; ${chosen.name} has no route of its own on it`
      : `The leg: ${chosen.name}, from ${names.at(-1) ?? "where it starts"} (where it starts) to ${names[0] ?? "where it hurts"} (where it hurts) (${[...names].reverse().join(" → ")})`;
  const root = svg("svg", {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: "img",
    "aria-label": title,
    class: "leg",
    "data-selected": chosen?.id ?? "",
  });
  root.append(
    svg("title", {}, title),
    svg(
      "defs",
      {},
      svg(
        "marker",
        {
          id: "leg-arrow",
          viewBox: "0 0 10 10",
          refX: 9,
          refY: 5,
          markerWidth: 5,
          markerHeight: 5,
          orient: "auto-start-reverse",
        },
        svg("path", { d: "M0 0 L10 5 L0 10 z", class: "arrow-head" }),
      ),
    ),
    svg("path", { d: LEG_OUTLINE, class: "outline" }),
  );
  for (const s of structures.values()) {
    const p = positionOf(s.id, structures);
    if (p) {
      root.append(
        svg("circle", { cx: p[0], cy: p[1], r: 2.5, class: "structure", "data-structure": s.id }),
      );
    }
  }
  for (const route of routes) {
    if (route.id === chosen?.id) continue;
    const points = route.points.map((id) => positionOf(id, structures)).filter((p) => p !== null);
    if (points.length > 1) {
      root.append(
        svg("polyline", {
          points: points.map((p) => p.join(",")).join(" "),
          class: "route",
          "data-route": route.id,
        }),
      );
    }
  }
  if (chosen) drawChosen(root, chosen, structures);
  return root;
}

/** The chosen route: arrows hop by hop, its structures ringed and named beside the leg. */
function drawChosen(root: SVGElement, route: LegRoute, structures: ReadonlyMap<string, Structure>) {
  const placed = route.points
    .map((id) => ({ id, p: positionOf(id, structures) }))
    .filter((x): x is { id: string; p: readonly [number, number] } => x.p !== null);
  // From where it starts to where it hurts, the way a runner reads a chain: the first
  // arrow leaves the cause's end, the last one arrives where it hurts.
  for (let i = placed.length - 1; i > 0; i--) {
    const from = placed[i];
    const to = placed[i - 1];
    if (!from || !to) continue;
    root.append(
      svg("line", {
        x1: from.p[0],
        y1: from.p[1],
        x2: to.p[0],
        y2: to.p[1],
        class: "link hot",
        "marker-end": "url(#leg-arrow)",
        "data-route": route.id,
      }),
    );
  }
  const labels = [...placed].sort((a, b) => a.p[1] - b.p[1]);
  let lastY = Number.NEGATIVE_INFINITY;
  for (const { id, p } of labels) {
    const y = Math.max(p[1], lastY + LABEL_GAP);
    lastY = y;
    const first = id === placed[0]?.id;
    const last = id === placed.at(-1)?.id;
    const g = svg("g", {
      class: `node hot${first ? " hurts" : ""}${last ? " starts" : ""}`,
      "data-structure": id,
    });
    g.append(
      svg("circle", { cx: p[0], cy: p[1], r: first || last ? 7 : 5 }),
      svg("line", { x1: p[0] + 6, y1: p[1], x2: LABEL_X - 4, y2: y - 4, class: "leader" }),
      svg("text", { x: LABEL_X, y }, structures.get(id)?.name ?? id),
    );
    root.append(g);
  }
}
