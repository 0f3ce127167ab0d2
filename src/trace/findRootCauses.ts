import type { Entity } from "../graph/model.js";
import { MaxHeap } from "./MaxHeap.js";
import { TRACE_DEFAULTS } from "./traceDefaults.js";
import type { CausalPath, PathStep, RootCause, WorkMeter } from "./types.js";
import type { UpMove, UpwardGraph } from "./UpwardGraph.js";

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
  /** Score added to a root cause, by id (default none): a reported cause's confidence. */
  readonly bonus?: (id: string) => number;
  /** Told of the steps taken, every {@link STEPS_PER_REPORT} and at the end (default nobody); may throw to stop. */
  readonly meter?: WorkMeter;
}

/** Steps of the walk reported to the meter at a time. */
const STEPS_PER_REPORT = 256;

interface Label {
  readonly node: Entity;
  readonly weight: number;
  readonly depth: number;
  readonly parent: Label | null;
  readonly move: UpMove | null;
  readonly causal: boolean;
  readonly seq: number;
}

/**
 * Walks up from the evidence with a bounded best-first search (k best labels per node,
 * no node twice in a path, at most `maxDepth` hops), so its cost follows the part of the
 * graph reached, never the number of paths. A root cause is a CAUSE or CONDITION reached
 * through at least one causal hop, other than the evidence itself; its score sums the
 * weights of its kept paths, plus its `bonus`. Sorted by score descending, ties by id.
 */
export function findRootCauses(
  up: UpwardGraph,
  starts: readonly WalkStart[],
  options: RootCauseOptions = {},
): RootCause[] {
  const {
    maxDepth = TRACE_DEFAULTS.maxDepth,
    pathsPerNode = TRACE_DEFAULTS.pathsPerRootCause,
    decay = TRACE_DEFAULTS.hopDecay,
    maxSettled = TRACE_DEFAULTS.maxSettled,
  } = options;
  const { limit = Number.POSITIVE_INFINITY, bonus = () => 0, meter } = options;
  const heap = new MaxHeap<Label>(
    (a, b) => a.weight > b.weight || (a.weight === b.weight && a.seq < b.seq),
  );
  let seq = 0;
  const startIds = new Set(starts.map((s) => s.entity.id));
  for (const s of [...starts].sort((a, b) => a.entity.id.localeCompare(b.entity.id))) {
    heap.push({
      node: s.entity,
      weight: s.weight,
      depth: 0,
      parent: null,
      move: null,
      causal: false,
      seq: seq++,
    });
  }
  const settled = new Map<string, Label[]>();
  let settledCount = 0;
  while (heap.size > 0 && settledCount < maxSettled) {
    const label = heap.pop() as Label;
    const kept = settled.get(label.node.id) ?? [];
    if (kept.length >= pathsPerNode) continue;
    kept.push(label);
    settled.set(label.node.id, kept);
    settledCount++;
    if (meter !== undefined && settledCount % STEPS_PER_REPORT === 0)
      meter("step", STEPS_PER_REPORT);
    if (label.depth >= maxDepth) continue;
    for (const move of up.movesFrom(label.node.id)) {
      if (onPath(label, move.next.id)) continue;
      heap.push({
        node: move.next,
        weight: label.weight * decay * move.share,
        depth: label.depth + 1,
        parent: label,
        move,
        causal: label.causal || move.causal,
        seq: seq++,
      });
    }
  }
  meter?.("step", settledCount % STEPS_PER_REPORT);
  const roots: { cause: Entity; score: number; labels: Label[] }[] = [];
  for (const [id, labels] of settled) {
    const first = labels[0];
    if (first === undefined || startIds.has(id)) continue;
    if (first.node.kind !== "CAUSE" && first.node.kind !== "CONDITION") continue;
    const causal = labels.filter((l) => l.causal);
    if (causal.length === 0) continue;
    const score = causal.reduce((s, l) => s + l.weight, 0) + bonus(id);
    roots.push({ cause: first.node, score, labels: causal });
  }
  return roots
    .sort((a, b) => b.score - a.score || a.cause.id.localeCompare(b.cause.id))
    .slice(0, limit)
    .map(({ cause, score, labels }) => ({ cause, score, paths: labels.map(toPath) }));
}

function onPath(label: Label, id: string): boolean {
  for (let l: Label | null = label; l !== null; l = l.parent) if (l.node.id === id) return true;
  return false;
}

function toPath(label: Label): CausalPath {
  const steps: PathStep[] = [];
  for (let l: Label = label; l.parent !== null && l.move !== null; l = l.parent) {
    steps.push({ from: l.parent.node, to: l.node, edge: l.move.edge, direction: l.move.direction });
  }
  return { score: label.weight, steps: steps.reverse() };
}
