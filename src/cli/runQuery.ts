import { pino } from "pino";
import { createApolloServer, ErrorCode, loadTypeDefs } from "../graphql/index.js";
import type { ServiceLimits } from "../graphql/serviceLimits.js";
import { WorkBudget } from "../graphql/WorkBudget.js";
import type { KnowledgeBase } from "../knowledge/index.js";

/** A GraphQL answer as a client receives it. */
export interface QueryResult {
  readonly data?: Record<string, unknown> | null;
  readonly errors?: readonly {
    message: string;
    extensions?: { code?: unknown; [key: string]: unknown };
  }[];
}

/**
 * Runs one operation against `kb` through the same Apollo server, error masking and
 * per-request `limits` the HTTP service applies (production mode), in process: the cost
 * limit (MAX_COST, MAX_EXPENSIVE_FIELDS, MAX_COMPILED_FIELDS), the work budget
 * (WORK_BUDGET) and the answer's size (MAX_RESPONSE_KB: a larger answer is replaced by
 * RESPONSE_TOO_LARGE, as the service replaces it). The limits on connections, clients and
 * rates have nothing to act on in one process asking once.
 */
export async function runQuery(
  kb: KnowledgeBase,
  query: string,
  variables: Record<string, unknown>,
  limits: ServiceLimits,
): Promise<QueryResult> {
  const server = createApolloServer({
    typeDefs: await loadTypeDefs(),
    log: pino({ level: "silent" }),
    production: true,
    limits,
  });
  await server.start();
  try {
    const response = await server.executeOperation(
      { query, variables },
      {
        contextValue: {
          kb,
          requestId: "cli",
          outcome: { operationName: null, errorCodes: [] },
          budget: new WorkBudget(limits.workBudget),
        },
      },
    );
    if (response.body.kind !== "single") throw new Error("expected a single result");
    return withinSize(response.body.singleResult as QueryResult, limits.maxResponseBytes);
  } finally {
    await server.stop();
  }
}

/** `result`, or the RESPONSE_TOO_LARGE error the service sends instead when its JSON passes `maxBytes`. */
function withinSize(result: QueryResult, maxBytes: number): QueryResult {
  const size = Buffer.byteLength(JSON.stringify(result));
  if (size <= maxBytes) return result;
  return {
    errors: [
      {
        message: `response too large: ${size} bytes, allowed ${maxBytes}: ask for fewer results (--limit) or raise MAX_RESPONSE_KB`,
        extensions: { code: ErrorCode.RESPONSE_TOO_LARGE, size, limit: maxBytes },
      },
    ],
  };
}
