import type { Direction } from "../graph/index.js";

/**
 * Which way a path step walks its edge: FORWARD from the edge's source to its target,
 * BACKWARD from its target to its source. The same words as the GraphQL enum
 * `StepDirection`. A different idea from a {@link Direction}, which places an edge
 * relative to one entity: a step has two ends, and says how it moves along the edge
 * between them. The two meet in {@link stepDirection}.
 */
export const STEP_DIRECTIONS = ["FORWARD", "BACKWARD"] as const;

/** One of {@link STEP_DIRECTIONS}. */
export type StepDirection = (typeof STEP_DIRECTIONS)[number];

/**
 * How a step from an entity walks an edge that is `at` it: an OUTGOING edge is walked
 * FORWARD, an INCOMING one BACKWARD.
 */
export function stepDirection(at: Direction): StepDirection {
  return at === "OUTGOING" ? "FORWARD" : "BACKWARD";
}
