import { readFile } from "node:fs/promises";
import type { FastifyInstance } from "fastify";
import { ErrorCode } from "../graphql/index.js";

/** The built explorer (`npm ci` builds it into dist/web; see scripts/build.js). */
export const EXPLORER_DIR = new URL("../../dist/web/", import.meta.url);

const FILES: Record<string, string> = {
  "/": "index.html",
  "/app.js": "app.js",
  "/app.js.map": "app.js.map",
  "/app.css": "app.css",
  "/favicon.svg": "favicon.svg",
  // Browsers ask for /favicon.ico whatever the page says: the same icon.
  "/favicon.ico": "favicon.svg",
};

const TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  map: "application/json; charset=utf-8",
  css: "text/css; charset=utf-8",
  svg: "image/svg+xml",
};

/**
 * Serves the explorer page at `/` from memory. The page talks to the service only through
 * the public /graphql endpoint. When the page was not built, `/` answers 503 with a JSON
 * error saying how to build it.
 */
export async function installExplorer(app: FastifyInstance): Promise<void> {
  const loaded = new Map<string, Buffer>();
  for (const [route, file] of Object.entries(FILES)) {
    const content = await readFile(new URL(file, EXPLORER_DIR)).catch(() => null);
    if (content !== null) loaded.set(route, content);
  }
  for (const route of Object.keys(FILES)) {
    app.get(route, async (_request, reply) => {
      const content = loaded.get(route);
      if (content === undefined) {
        return reply.status(503).send({
          errors: [
            {
              message:
                "the explorer page is not built: run npm run build (npm ci and npm start build it too)",
              extensions: { code: ErrorCode.NOT_BUILT },
            },
          ],
        });
      }
      const type = TYPES[FILES[route]?.split(".").pop() ?? "html"] ?? "application/octet-stream";
      return reply
        .type(type)
        .header("cache-control", "no-cache")
        .header(
          "content-security-policy",
          "default-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
        )
        .header("x-content-type-options", "nosniff")
        .send(content);
    });
  }
}
