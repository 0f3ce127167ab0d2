import type { FastifyInstance, FastifyRequest } from "fastify";
import { wantsGraphiql } from "./graphiqlRoutes.js";
import { httpErrorCode } from "./httpErrors.js";
import { routeUrl } from "./routeUrl.js";

/**
 * The message of a GET or HEAD of /graphql that carries no query, with GraphiQL on or off:
 * what went wrong, then how to fix it.
 */
export function querylessGetMessage(graphiql: boolean): string {
  const open = graphiql
    ? "or open /graphql in a browser for GraphiQL"
    : "or set GRAPHIQL=true to explore the API in a browser";
  return `this GET of /graphql carries no query: send ?query=... with the header apollo-require-preflight: true, POST a JSON body {"query": "..."}, ${open}`;
}

/** Whether a URL's query string has a `query` or `extensions` (a persisted query's hash) parameter. */
function carriesOperation(url: string): boolean {
  const at = url.indexOf("?");
  if (at < 0) return false;
  const params = new URLSearchParams(url.slice(at + 1));
  return params.has("query") || params.has("extensions");
}

/**
 * Answers a GET or HEAD of /graphql that carries neither `query` nor `extensions` with 400
 * BAD_REQUEST and {@link querylessGetMessage}, before Apollo, whose answer to it is a long
 * CSRF warning that does not say what a person opening the URL should do. A browser's GET
 * is left to GraphiQL when it is on (`graphiql`). Costs one string search for any other
 * request; the query string is parsed only for GETs and HEADs of /graphql.
 */
export function installQuerylessGet(app: FastifyInstance, graphiql: boolean): void {
  const body = JSON.stringify({
    errors: [{ message: querylessGetMessage(graphiql), extensions: { code: httpErrorCode(400) } }],
  });
  const refuses = (request: FastifyRequest) =>
    (request.method === "GET" || request.method === "HEAD") &&
    routeUrl(request) === "/graphql" &&
    !(graphiql && wantsGraphiql(request)) &&
    !carriesOperation(request.url);
  app.addHook("onRequest", (request, reply, done) => {
    if (!refuses(request)) return done();
    reply
      .status(400)
      .type("application/json; charset=utf-8")
      .header("cache-control", "no-store")
      .send(body);
  });
}
