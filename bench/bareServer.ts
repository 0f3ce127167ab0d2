/**
 * The bare-HTTP limit for the benchmark: a plain node:http server that answers each
 * GraphQL POST with the very bytes the service gave for it (read from BARE_RESPONSES, a
 * JSON file of {request body → {body, contentType}}). It reads and parses the request
 * body like any server would, and drops the benchmark's nonce variable `_n` to look up.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { baseKey } from "./baseKey.js";

const responses = new Map<string, { body: string; contentType: string }>(
  Object.entries(
    JSON.parse(readFileSync(process.env.BARE_RESPONSES ?? "", "utf8")) as Record<
      string,
      { body: string; contentType: string }
    >,
  ),
);

createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const raw = Buffer.concat(chunks).toString("utf8");
    let hit: { body: string; contentType: string } | undefined;
    try {
      hit = req.url === "/graphql" ? responses.get(baseKey(raw)) : undefined;
    } catch {
      hit = undefined;
    }
    if (hit === undefined) {
      res
        .writeHead(404, { "content-type": "application/json" })
        .end('{"errors":[{"message":"unknown"}]}');
      return;
    }
    res.writeHead(200, { "content-type": hit.contentType }).end(hit.body);
  });
}).listen(Number(process.env.PORT), process.env.HOST ?? "127.0.0.1");
