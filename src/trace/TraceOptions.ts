import type { TRACE_DEFAULTS } from "./traceDefaults.js";
import type { WorkMeter } from "./types.js";

/** Options of one trace. */
export interface TraceOptions {
  /** How many conditions and root causes to return (default {@link TRACE_DEFAULTS}.limit). */
  readonly limit?: number;
  /** Most hops walked up the chain (default {@link TRACE_DEFAULTS}.maxDepth). */
  readonly maxDepth?: number;
  /**
   * Told of the work as it is done (default: nobody): each text search of an input, and
   * the root-cause walk's steps in batches. It may throw to stop the trace (a budget).
   */
  readonly meter?: WorkMeter;
  /**
   * Answers to earlier questions: an entity id and whether the runner has it. A yes counts
   * as reported (as if given by id); a no is denied, and overrides a reading of the text.
   * Ids that name no symptom, cause or condition are skipped (the API refuses them).
   */
  readonly evidence?: readonly Evidence[];
  /** How many questions to return (default INTERVIEW.maxQuestions). */
  readonly questions?: number;
}

/** An answer to an earlier question. */
export interface Evidence {
  readonly id: string;
  readonly present: boolean;
}
