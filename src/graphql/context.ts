import type { KnowledgeBase } from "../knowledge/index.js";
import type { RanBefore } from "./compiled/handOver.js";
import type { WorkBudget } from "./WorkBudget.js";

/** What the request log records of a GraphQL operation. */
export interface RequestOutcome {
  operationName: string | null;
  errorCodes: string[];
  /** Answered from the response cache, without running GraphQL. */
  cached?: boolean;
  /** Answered by the compiled path of known operations, without Apollo's pipeline. */
  compiled?: boolean;
}

/** Per-request context. */
export interface Context {
  /** The knowledge base the request started on (a reload never changes it mid-request). */
  readonly kb: KnowledgeBase;
  /** The request's id, as in the logs. */
  readonly requestId: string;
  /** Filled in as the operation runs, for the request log. */
  readonly outcome: RequestOutcome;
  /** The client's address, for turn-taking between clients (none: no turns, for tools and tests). */
  readonly client?: string;
  /** What the request may still spend in traces and searches (none: unbounded, for tools and tests). */
  readonly budget?: WorkBudget;
  /**
   * What the compiled path already ran for this request and Apollo only writes out (see
   * apolloContext); none when Apollo runs the operation itself.
   */
  readonly ranBefore?: RanBefore;
}
