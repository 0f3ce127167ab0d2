import type { GraphDataLimits, GraphDataProblem } from "../graph/index.js";
import type { EncodedGraphData } from "./graphDataTransfer.js";

/** What the loading worker is given (its workerData). */
export interface LoadRequest {
  readonly dir: string;
  readonly limits: GraphDataLimits;
}

/** What the loading worker answers: the data, every problem, or why it could not read. */
export type LoadReply =
  | { readonly kind: "data"; readonly data: EncodedGraphData }
  | { readonly kind: "problems"; readonly problems: readonly GraphDataProblem[] }
  | { readonly kind: "failed"; readonly message: string };
