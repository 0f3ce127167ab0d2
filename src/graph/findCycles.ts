import type { Edge } from "./model.js";

/** A cycle: its edges in order, and the edge that closed it during the search. */
export interface Cycle {
  readonly edges: readonly Edge[];
  readonly closingEdge: Edge;
}

/**
 * Finds cycles among `edges` (one relation) by depth-first search, reporting each back
 * edge once. Deterministic: nodes and edges are visited in sorted order.
 */
export function findCycles(edges: readonly Edge[]): Cycle[] {
  const out = new Map<string, Edge[]>();
  for (const e of [...edges].sort((a, b) => a.key.localeCompare(b.key))) {
    const list = out.get(e.from) ?? [];
    list.push(e);
    out.set(e.from, list);
  }
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const via: Edge[] = [];
  const cycles: Cycle[] = [];

  const visit = (node: string): void => {
    state.set(node, "open");
    stack.push(node);
    for (const edge of out.get(node) ?? []) {
      const s = state.get(edge.to);
      if (s === "open") {
        cycles.push({ edges: [...via.slice(stack.indexOf(edge.to)), edge], closingEdge: edge });
      } else if (s === undefined) {
        via.push(edge);
        visit(edge.to);
        via.pop();
      }
    }
    stack.pop();
    state.set(node, "done");
  };

  for (const node of [...out.keys()].sort()) {
    if (!state.has(node)) visit(node);
  }
  return cycles;
}
