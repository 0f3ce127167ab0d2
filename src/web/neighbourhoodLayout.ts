import { UndirectedGraph } from "graphology";
import noverlapModule from "graphology-layout-noverlap";

// The package's types declare an ES default export; at run time the CommonJS module is the
// function itself, which is what a bundler's default import yields.
const noverlap = noverlapModule as unknown as typeof noverlapModule.default;

/** A neighbour to place: its id, its label and its kind (neighbours of a kind sit together). */
export interface LayoutItem {
  readonly id: string;
  readonly label: string;
  readonly kind: string;
}

/** A placed label: its centre and the box it needs, in SVG units. */
export interface Placed extends LayoutItem {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Font size of a label in SVG units, and the width one character takes on average (system-ui). */
export const LABEL_FONT = 11;
const CHAR_WIDTH = 6.4;
/** The dot drawn left of each label, and the gap after it. */
export const DOT_SPACE = 14;
const LABEL_HEIGHT = 18;
/** At most this many noverlap passes (24 labels settle in about 100, ~40 ms); {@link settle} finishes the job. */
const MAX_ITERATIONS = 150;

/** The box a label needs: the dot, the text, and a little air. */
export function labelBox(label: string): { width: number; height: number } {
  return { width: DOT_SPACE + label.length * CHAR_WIDTH + 6, height: LABEL_HEIGHT };
}

/**
 * Labels are wide and short, circles are round: the layout runs in a space squeezed
 * sideways by this factor, where a label box is nearly square, and is stretched back after.
 */
const SQUEEZE = 2.5;

/**
 * Places the centre entity at (0, 0) and its neighbours around it on a sunflower spiral,
 * grouped by kind, then lets graphology-layout-noverlap push apart any two whose label boxes
 * would touch. The layout runs in a space squeezed sideways ({@link SQUEEZE}) where each
 * node's size is the radius of the circle around its squeezed label box, so circles apart
 * means labels apart once stretched back; {@link settle} then moves any box noverlap left
 * touching another. Deterministic: same items, same drawing.
 */
export function layoutNeighbourhood(centre: LayoutItem, items: readonly LayoutItem[]): Placed[] {
  const graph = new UndirectedGraph();
  const all = [centre, ...[...items].sort((a, b) => a.kind.localeCompare(b.kind))];
  const radius = (item: LayoutItem) => {
    const box = labelBox(item.label);
    return Math.hypot(box.width / SQUEEZE, box.height) / 2;
  };
  const spacing = 2 * Math.max(...all.map(radius));
  const golden = Math.PI * (3 - Math.sqrt(5));
  all.forEach((item, i) => {
    const distance = spacing * Math.sqrt(i) * 0.75;
    graph.addNode(item.id, {
      x: Math.cos(i * golden) * distance,
      y: Math.sin(i * golden) * distance,
      size: radius(item),
    });
    if (i > 0) graph.addEdge(centre.id, item.id);
  });
  noverlap.assign(graph, { maxIterations: MAX_ITERATIONS, settings: { margin: 1, ratio: 1 } });
  return settle(
    all.map((item) => ({
      ...item,
      ...labelBox(item.label),
      x: (graph.getNodeAttribute(item.id, "x") as number) * SQUEEZE,
      y: graph.getNodeAttribute(item.id, "y") as number,
    })),
  );
}

/**
 * Makes sure no two boxes overlap: each box in turn, while it touches one already placed,
 * moves vertically (away from the centre's row) just past it. A box only moves one way,
 * so it passes each placed box at most once: at most n² checks.
 */
function settle(boxes: readonly Placed[]): Placed[] {
  const placed: Placed[] = [];
  const centreY = boxes[0]?.y ?? 0;
  for (const box of boxes) {
    const down = box.y >= centreY;
    let current = box;
    for (let other = placed.find((p) => overlaps(p, current)); other; ) {
      const gap = (current.height + other.height) / 2 + 1;
      current = { ...current, y: down ? other.y + gap : other.y - gap };
      other = placed.find((p) => overlaps(p, current));
    }
    placed.push(current);
  }
  return placed;
}

/** Whether two placed label boxes overlap (the test the layout must pass). */
export function overlaps(a: Placed, b: Placed): boolean {
  return (
    Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height
  );
}
