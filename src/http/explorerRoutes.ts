import { createHash } from "node:crypto";
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

/** A strong ETag of a file's bytes. */
function etagOf(content: Buffer): string {
  return `"${createHash("sha256").update(content).digest("base64url").slice(0, 27)}"`;
}

/**
 * Whether an `If-None-Match` value names `etag` (or is `*`). Only its first 1 KiB is read:
 * a browser sends one tag, and a header of thousands costs no more than the bound.
 */
export function namesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch
    .slice(0, 1024)
    .split(",")
    .some((tag) => {
      const t = tag.trim();
      return t === "*" || t === etag || t === `W/${etag}`;
    });
}

/**
 * Serves the explorer page at `/` from memory. The page talks to the service only through
 * the public /graphql endpoint. When the page was not built, `/` answers 503 with a JSON
 * error saying how to build it. Each file carries a strong ETag of its bytes and
 * `Cache-Control: no-cache`, so a browser revalidates and gets 304 with no body while the
 * build is the same (until red-team round 11 no file had a validator: every visit fetched
 * the 120 KB script again, and the 540 KB source map for a request of 60 bytes).
 */
export async function installExplorer(app: FastifyInstance): Promise<void> {
  const loaded = new Map<string, { content: Buffer; etag: string }>();
  for (const [route, file] of Object.entries(FILES)) {
    const content = await readFile(new URL(file, EXPLORER_DIR)).catch(() => null);
    if (content !== null) loaded.set(route, { content, etag: etagOf(content) });
  }
  for (const route of Object.keys(FILES)) {
    app.get(route, async (request, reply) => {
      const file = loaded.get(route);
      if (file === undefined) {
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
      reply.header("etag", file.etag).header("cache-control", "no-cache");
      if (namesEtag(request.headers["if-none-match"], file.etag)) {
        return reply.status(304).send();
      }
      const type = TYPES[FILES[route]?.split(".").pop() ?? "html"] ?? "application/octet-stream";
      return reply
        .type(type)
        .header(
          "content-security-policy",
          "default-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
        )
        .header("x-content-type-options", "nosniff")
        .send(file.content);
    });
  }
}
