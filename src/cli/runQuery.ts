import { pino } from "pino";
import { createApolloServer, loadTypeDefs } from "../graphql/index.js";
import type { KnowledgeBase } from "../knowledge/index.js";

/** A GraphQL answer as a client receives it. */
export interface QueryResult {
  readonly data?: Record<string, unknown> | null;
  readonly errors?: readonly { message: string; extensions?: { code?: unknown } }[];
}

/**
 * Runs one operation against `kb` through the same Apollo server, limits and error
 * masking the HTTP service uses (production mode), in process.
 */
export async function runQuery(
  kb: KnowledgeBase,
  query: string,
  variables: Record<string, unknown>,
): Promise<QueryResult> {
  const server = createApolloServer({
    typeDefs: await loadTypeDefs(),
    log: pino({ level: "silent" }),
    production: true,
  });
  await server.start();
  try {
    const response = await server.executeOperation(
      { query, variables },
      { contextValue: { kb, requestId: "cli", outcome: { operationName: null, errorCodes: [] } } },
    );
    if (response.body.kind !== "single") throw new Error("expected a single result");
    return response.body.singleResult as QueryResult;
  } finally {
    await server.stop();
  }
}
