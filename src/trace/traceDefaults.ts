/**
 * The defaults of a trace and of its walk up to the root causes, said once: TraceEngine,
 * findRootCauses and rankConditions read them here, and the API can quote them (its
 * arguments' defaults and its cost model's bounds) instead of restating them.
 */
export const TRACE_DEFAULTS = {
  /**
   * How many conditions and root causes a trace returns (10): a list a runner can read
   * at a glance; a client asks for more when it wants them (the API allows up to 50).
   */
  limit: 10,
  /**
   * Most hops a path walks up the chain (6): long enough for a symptom to reach the
   * causes behind a condition and the structures above it, short enough that every path
   * still carries weight (each hop keeps {@link TRACE_DEFAULTS.hopDecay}, so a 6-hop path
   * keeps under 40%) and reads as one explanation. The API allows 1..10.
   */
  maxDepth: 6,
  /**
   * Paths kept per node on the walk, and so returned per root cause (3): a root cause
   * reached several ways shows its best few, and the walk's work stays proportional to
   * the nodes it reaches (3 labels each), never to the number of paths.
   */
  pathsPerRootCause: 3,
  /**
   * Weight a causal chain keeps per hop (0.85), on the walk up to root causes and from a
   * reported cause to the conditions it drives: a nearer explanation beats a farther one.
   */
  hopDecay: 0.85,
  /**
   * Most labels one walk settles (50 000): a safety bound on a walk's work whatever the
   * graph's shape, independent of `maxDepth` and the API's cost budget.
   */
  maxSettled: 50_000,
} as const;
