import type { ApolloServer } from "@apollo/server";
import type { FastifyInstance } from "fastify";
import { pino } from "pino";
import { afterAll, beforeAll } from "vitest";
import { type Context, createApolloServer, loadTypeDefs } from "../../src/graphql/index.js";
import { createHttpServer, type HttpServerOptions } from "../../src/http/index.js";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import { KnowledgeBaseHolder } from "../../src/knowledge/index.js";

/** A logger that writes nothing (tests assert on responses, not logs). */
export const silentLogger = pino({ level: "silent" });

/** GraphQL response body, as clients see it. */
export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: {
    message: string;
    path?: readonly (string | number)[];
    extensions?: { code?: string };
  }[];
}

/** An in-process Apollo server over `kb`, and a function to run operations on it. */
export async function inProcess(
  kb: KnowledgeBase,
  options: { production?: boolean; compiled?: boolean } = {},
) {
  const server: ApolloServer<Context> = createApolloServer({
    typeDefs: await loadTypeDefs(),
    log: silentLogger,
    production: options.production ?? false,
    compiled: options.compiled ?? true,
  });
  await server.start();
  const run = async (
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLBody> => {
    const response = await server.executeOperation(
      { query, variables },
      { contextValue: { kb, requestId: "test", outcome: { operationName: null, errorCodes: [] } } },
    );
    if (response.body.kind !== "single") throw new Error("expected a single result");
    return response.body.singleResult as GraphQLBody;
  };
  return { server, run };
}

/** The real HTTP server over `kb`, listening on a free port of 127.0.0.1; `options` as given. */
export async function overHttp(
  kb: KnowledgeBase,
  options: Partial<Omit<HttpServerOptions, "holder" | "typeDefs" | "logger">> = {},
): Promise<{ app: FastifyInstance; url: string; holder: KnowledgeBaseHolder }> {
  const holder = new KnowledgeBaseHolder(kb);
  const app = await createHttpServer({
    ...options,
    holder,
    typeDefs: await loadTypeDefs(),
    logger: silentLogger,
  });
  const address = await app.listen({ port: 0, host: "127.0.0.1" });
  return { app, url: address, holder };
}

/** POSTs a GraphQL operation as JSON. */
export async function postGraphQL(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  operationName?: string,
) {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json",
    },
    body: JSON.stringify({ query, variables, operationName }),
  });
  return { status: res.status, body: (await res.json()) as GraphQLBody };
}

/** The value of top-level field `name` of a result that must have no errors. */
export function dataOf<T>(body: GraphQLBody, name: string): T {
  if (body.errors !== undefined)
    throw new Error(`unexpected errors: ${JSON.stringify(body.errors)}`);
  if (body.data == null || !(name in body.data))
    throw new Error(`no field ${name} in ${JSON.stringify(body)}`);
  return body.data[name] as T;
}

/**
 * The real HTTP server over the knowledge base `kb` gives, started before the file's
 * tests and closed after them. Read `url` and `holder` inside tests (set in beforeAll).
 */
export function useHttpServer(kb: () => Promise<KnowledgeBase>): {
  url: string;
  holder: KnowledgeBaseHolder | null;
} {
  const state: { url: string; holder: KnowledgeBaseHolder | null } = { url: "", holder: null };
  let app: FastifyInstance | undefined;
  beforeAll(async () => {
    const server = await overHttp(await kb());
    ({ url: state.url, holder: state.holder, app } = server);
  });
  afterAll(async () => {
    await app?.close();
  });
  return state;
}
