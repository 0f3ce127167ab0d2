import type { Entity } from "../graph/index.js";
import type { NodeIndex } from "./NodeIndex.js";
import { TRACE_DEFAULTS } from "./traceDefaults.js";
import type { CausalPath, PathStep, RootCause, WorkMeter } from "./types.js";
import type { UpwardGraph } from "./UpwardGraph.js";
import type { WalkLabels } from "./WalkLabels.js";

/** Where a walk starts: a matched entity and the weight of its evidence. */
export interface WalkStart {
  readonly entity: Entity;
  readonly weight: number;
}

/** Options of the upward walk. */
export interface RootCauseOptions {
  /** Most hops in a path (default {@link TRACE_DEFAULTS}.maxDepth). */
  readonly maxDepth?: number;
  /** Most paths kept per node, and returned per root cause (default {@link TRACE_DEFAULTS}.pathsPerRootCause). */
  readonly pathsPerNode?: number;
  /** Weight kept per hop: longer chains count less (default {@link TRACE_DEFAULTS}.hopDecay). */
  readonly decay?: number;
  /** Safety bound on labels settled in one walk (default {@link TRACE_DEFAULTS}.maxSettled). */
  readonly maxSettled?: number;
  /** Most root causes returned (default: all); paths are built only for those. */
  readonly limit?: number;
  /**
   * Ids walked through but never returned as root causes (default none): a site's general
   * pain after running (runners-ankle), which a reading names but which causes nothing.
   */
  readonly throughOnly?: ReadonlySet<string>;
  /** Score added to a root cause, by id (default none): a reported cause's evidential weight. */
  readonly bonus?: (id: string) => number;
  /** Told of the steps taken, every {@link STEPS_PER_REPORT} and at the end (default nobody); may throw to stop. */
  readonly meter?: WorkMeter;
}

/** Steps of the walk reported to the meter at a time. */
export const STEPS_PER_REPORT = 256;

/**
 * Walks up from the evidence with a bounded best-first search (k best labels per node,
 * no node twice in a path, at most `maxDepth` hops), so its cost follows the part of the
 * graph reached, never the number of paths. A root cause is a CAUSE or CONDITION reached
 * through at least one causal hop, other than the evidence itself; its score sums the
 * weights of its kept paths, plus its `bonus`. Sorted by score descending, ties by id.
 * The walk runs over the view's node numbers and flat arrays (see UpwardGraph, WalkLabels):
 * no object is made per label, only for the root causes returned and their paths.
 * @param scratch the labels to walk with, reused from walk to walk (a walk that finds them
 *   taken, as by a meter that traces again, walks with new ones)
 */
export function findRootCauses(
  up: UpwardGraph,
  scratch: WalkLabels,
  starts: readonly WalkStart[],
  options: RootCauseOptions = {},
): RootCause[] {
  const {
    maxDepth = TRACE_DEFAULTS.maxDepth,
    pathsPerNode = TRACE_DEFAULTS.pathsPerRootCause,
    decay = TRACE_DEFAULTS.hopDecay,
    maxSettled = TRACE_DEFAULTS.maxSettled,
  } = options;
  const { limit = Number.POSITIVE_INFINITY, bonus, meter, throughOnly } = options;
  const labels = scratch.take();
  try {
    const entities = startNodes(up.nodes, starts);
    const settled = labels.settled;
    settled.reset(entities.length, pathsPerNode);
    for (const s of sortedStarts(up.nodes, starts)) {
      const node = entities.indexOf(s.entity, s.entity.id);
      settled.markStart(node);
      labels.push(node, s.weight, 0, -1, -1, 0);
    }
    const { firstMove, next, share, causal } = up;
    const known = up.nodes.size;
    let settledCount = 0;
    while (labels.waiting > 0 && settledCount < maxSettled) {
      const label = labels.pop();
      const node = labels.node[label] as number;
      const kept = settled.count(node);
      if (kept >= pathsPerNode) continue;
      settled.keep(node, label);
      settledCount++;
      if (meter !== undefined && settledCount % STEPS_PER_REPORT === 0)
        meter("step", STEPS_PER_REPORT);
      const depth = labels.depth[label] as number;
      if (depth >= maxDepth || node >= known) continue;
      const weight = (labels.weight[label] as number) * decay;
      const wasCausal = labels.causal[label] as number;
      for (let m = firstMove[node] as number, end = firstMove[node + 1] as number; m < end; m++) {
        const to = next[m] as number;
        // A node that kept all its labels takes no more: one made for it would only be
        // popped and dropped (it weighs no more than those kept; labels keep their order).
        if (settled.count(to) >= pathsPerNode || onPath(labels, label, to)) continue;
        const c = wasCausal | (causal[m] as number);
        labels.push(to, weight * (share[m] as number), depth + 1, label, m, c);
      }
    }
    meter?.("step", settledCount % STEPS_PER_REPORT);
    return roots(up, labels, entities, limit, bonus, throughOnly);
  } finally {
    labels.release();
  }
}

/** The walk's nodes: the view's, then any start the graph does not hold (it has no moves). */
function startNodes(nodes: NodeIndex, starts: readonly WalkStart[]) {
  const extra: Entity[] = [];
  const indexOf = (entity: Entity, id: string): number => {
    const n = nodes.numberOf(id);
    if (n >= 0) return n;
    const i = extra.findIndex((e) => e.id === id);
    return nodes.size + (i >= 0 ? i : extra.push(entity) - 1);
  };
  for (const s of starts) indexOf(s.entity, s.entity.id);
  return {
    indexOf,
    entity: (n: number) => (n < nodes.size ? nodes.entities[n] : extra[n - nodes.size]) as Entity,
    length: nodes.size + extra.length,
  };
}

/** The starts by id (stable: equal ids keep their order). */
function sortedStarts(nodes: NodeIndex, starts: readonly WalkStart[]): WalkStart[] {
  return [...starts].sort((a, b) => nodes.compareIds(a.entity, b.entity));
}

/** Whether the path of `label` passes through node `to`. */
function onPath(labels: WalkLabels, label: number, to: number): boolean {
  const { node, parent } = labels;
  for (let l = label; l >= 0; l = parent[l] as number) if (node[l] === to) return true;
  return false;
}

/** A settled node that is a root cause, and its score. */
interface Found {
  readonly node: number;
  readonly score: number;
}

/** The root causes among the settled nodes, best first, at most `limit`, with their paths. */
function roots(
  up: UpwardGraph,
  labels: WalkLabels,
  entities: ReturnType<typeof startNodes>,
  limit: number,
  bonus: ((id: string) => number) | undefined,
  throughOnly: ReadonlySet<string> | undefined,
): RootCause[] {
  const { settled } = labels;
  const rank = up.nodes.rank;
  const before = (a: Found, b: Found) =>
    b.score - a.score || (rank[a.node] as number) - (rank[b.node] as number);
  let best: Found[] = [];
  for (let i = 0; i < settled.nodes; i++) {
    const node = settled.order[i] as number;
    if (settled.isStart(node)) continue;
    const { kind, id } = entities.entity(node);
    if ((kind !== "CAUSE" && kind !== "CONDITION") || throughOnly?.has(id)) continue;
    let causal = 0;
    let score = 0;
    for (let k = 0, n = settled.count(node); k < n; k++) {
      const label = settled.label(node, k);
      if (labels.causal[label] === 0) continue;
      causal++;
      score += labels.weight[label] as number;
    }
    if (causal === 0) continue;
    const found = { node, score: score + (bonus?.(entities.entity(node).id) ?? 0) };
    if (limit >= settled.nodes) best.push(found);
    else keepBest(best, found, limit, before);
  }
  if (limit >= settled.nodes) best = best.sort(before);
  return best.map(({ node, score }) => {
    const paths: CausalPath[] = [];
    for (let k = 0, n = settled.count(node); k < n; k++) {
      const label = settled.label(node, k);
      if (labels.causal[label] === 1) paths.push(toPath(up, labels, label));
    }
    return { cause: entities.entity(node), score, paths };
  });
}

/**
 * Adds `found` to `best` (at most `limit`, in `before` order, equals in the order added),
 * as a stable sort of everything added, then its first `limit`, would have it.
 */
function keepBest(
  best: Found[],
  found: Found,
  limit: number,
  before: (a: Found, b: Found) => number,
): void {
  let i = best.length;
  while (i > 0 && before(best[i - 1] as Found, found) > 0) i--;
  if (i >= limit) return;
  best.splice(i, 0, found);
  if (best.length > limit) best.pop();
}

function toPath(up: UpwardGraph, labels: WalkLabels, label: number): CausalPath {
  const steps: PathStep[] = [];
  for (let l = label; (labels.parent[l] as number) >= 0; l = labels.parent[l] as number)
    steps.push(up.step[labels.move[l] as number] as PathStep);
  return { score: labels.weight[label] as number, steps: steps.reverse() };
}
