import { svg } from "./dom.js";

/** A body structure as the explorer knows it (prefetched once). */
export interface Structure {
  readonly id: string;
  readonly name: string;
  readonly region: string;
  /** Its kinetic chain up to the hip flexors, itself first. */
  readonly chain: readonly string[];
  /** Structures directly above it on the chain (UPSTREAM_OF). */
  readonly upstream: readonly string[];
}

const REGIONS = ["TRUNK", "HIP", "THIGH", "KNEE", "LOWER_LEG", "ANKLE", "FOOT"];

/** The leg: the structures linked by UPSTREAM_OF (the kinetic chain proper), and those links. */
export function legOf(structures: ReadonlyMap<string, Structure>) {
  const nodes = new Set<string>();
  const links = new Set<string>();
  for (const s of structures.values()) {
    for (const up of s.upstream) {
      nodes.add(s.id);
      nodes.add(up);
      links.add(`${up}>${s.id}`);
    }
  }
  return { nodes, links };
}

/** The leg structure where `id` joins the chain (itself if on the leg), or null. */
export function anchorOf(
  id: string,
  structures: ReadonlyMap<string, Structure>,
  leg: ReadonlySet<string>,
): string | null {
  return structures.get(id)?.chain.find((c) => leg.has(c)) ?? null;
}

/**
 * Draws the leg from the hip flexors (top) down to the foot, one row per region, and
 * highlights the structures in `lit` (those a path's hops touch).
 */
export function legDiagram(
  structures: ReadonlyMap<string, Structure>,
  lit: ReadonlySet<string>,
  title: string,
): SVGElement {
  const { nodes, links } = legOf(structures);
  const rows = new Map<string, string[]>();
  for (const id of [...nodes].sort()) {
    const region = structures.get(id)?.region ?? "FOOT";
    rows.set(region, [...(rows.get(region) ?? []), id]);
  }
  const width = 320;
  const rowHeight = 58;
  const used = REGIONS.filter((r) => rows.has(r));
  const pos = new Map<string, { x: number; y: number }>();
  used.forEach((region, r) => {
    const ids = rows.get(region) ?? [];
    for (const [i, id] of ids.entries()) {
      pos.set(id, { x: ((i + 1) * width) / (ids.length + 1), y: 30 + r * rowHeight });
    }
  });
  const root = svg("svg", {
    viewBox: `0 0 ${width} ${30 + used.length * rowHeight}`,
    role: "img",
    "aria-label": title,
    class: "leg",
  });
  root.append(svg("title", {}, title));
  for (const link of links) {
    const [a, b] = link.split(">");
    const p = pos.get(a ?? "");
    const q = pos.get(b ?? "");
    if (!p || !q) continue;
    const hot = lit.has(a ?? "") && lit.has(b ?? "");
    root.append(
      svg("line", { x1: p.x, y1: p.y, x2: q.x, y2: q.y, class: hot ? "link hot" : "link" }),
    );
  }
  for (const [id, p] of pos) {
    const on = lit.has(id);
    const name = structures.get(id)?.name ?? id;
    const g = svg("g", { class: on ? "node hot" : "node", "data-structure": id });
    g.append(
      svg("circle", { cx: p.x, cy: p.y, r: on ? 9 : 6 }),
      svg("text", { x: p.x, y: p.y - 12, "text-anchor": "middle" }, name),
    );
    root.append(g);
  }
  return root;
}
