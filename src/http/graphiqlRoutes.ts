import { readFile } from "node:fs/promises";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { ErrorCode } from "../graphql/index.js";
import { routeUrl } from "./routeUrl.js";

/** The built GraphiQL page (`npm ci` builds it into dist/graphiql; see scripts/build.js). */
export const GRAPHIQL_DIR = new URL("../../dist/graphiql/", import.meta.url);

const ASSETS: Record<string, [file: string, type: string]> = {
  "/graphiql/app.js": ["app.js", "text/javascript; charset=utf-8"],
  "/graphiql/app.css": ["app.css", "text/css; charset=utf-8"],
};

/**
 * GraphiQL's editors set style attributes, so styles may be inline; scripts, data and
 * everything else come from this origin only.
 */
const CSP =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** Whether a request is a browser opening /graphql: a GET (or HEAD) that prefers HTML to JSON. */
export function wantsGraphiql(request: FastifyRequest): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (routeUrl(request) !== "/graphql") return false;
  const accept = request.headers.accept ?? "";
  return accept.includes("text/html") && !accept.startsWith("application/json");
}

/**
 * Serves GraphiQL, self-hosted: a browser's GET of /graphql (Accept: text/html) gets the
 * page, its script and styles come from /graphiql/ (about 1.7 MB, held in memory once);
 * GraphiQL itself POSTs to /graphql like any client. Every other request to /graphql
 * goes on to GraphQL. When the page was not built it answers 503 saying how to build it.
 * Installed only when GraphiQL is on (GRAPHIQL; default on in development only).
 */
export async function installGraphiql(app: FastifyInstance): Promise<void> {
  const load = (file: string) => readFile(new URL(file, GRAPHIQL_DIR)).catch(() => null);
  const page = await load("index.html");
  const notBuilt = {
    errors: [
      {
        message: "GraphiQL is not built: run npm run build (npm ci and npm start build it too)",
        extensions: { code: ErrorCode.NOT_BUILT },
      },
    ],
  };
  app.addHook("onRequest", async (request, reply) => {
    if (!wantsGraphiql(request)) return;
    if (page === null) return reply.status(503).send(notBuilt);
    return reply
      .type("text/html; charset=utf-8")
      .header("cache-control", "no-cache")
      .header("content-security-policy", CSP)
      .header("x-content-type-options", "nosniff")
      .send(page);
  });
  for (const [route, [file, type]] of Object.entries(ASSETS)) {
    const content = await load(file);
    app.get(route, async (_request, reply) => {
      if (content === null) return reply.status(503).send(notBuilt);
      return reply
        .type(type)
        .header("cache-control", "no-cache")
        .header("x-content-type-options", "nosniff")
        .send(content);
    });
  }
}
