/**
 * Which way an edge is read from the entity at one of its ends: OUTGOING when the entity
 * is its source, INCOMING when it is its target. The same words, in the same order, as
 * the GraphQL enum `Direction`, so the API passes a direction through unchanged (a test,
 * tests/graph/enumsAgree.test.ts, keeps the two equal).
 */
export const DIRECTIONS = ["OUTGOING", "INCOMING"] as const;

/** One of {@link DIRECTIONS}. */
export type Direction = (typeof DIRECTIONS)[number];
