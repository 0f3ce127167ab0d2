/**
 * The bare-HTTP limit for the benchmark: a plain node:http server that answers each
 * GraphQL POST with the very bytes the service gave for it (read from BARE_RESPONSES, a
 * JSON file of {request body → {body, contentType}}). It reads and parses the request
 * body like any server would. A body it has not recorded (the cold rows' never-seen
 * texts) gets the recorded answers of the same operation in turn, so it sends the bytes
 * the service sends for such requests. BARE_WORKERS > 1 serves from that many processes
 * (node:cluster), as WORKERS does for the service. GET /cpu answers process.cpuUsage().
 */
import cluster from "node:cluster";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

interface Recorded {
  readonly body: string;
  readonly contentType: string;
}

const workers = Number(process.env.BARE_WORKERS ?? 1);
if (workers > 1 && cluster.isPrimary) {
  for (let i = 0; i < workers; i++) cluster.fork();
} else {
  serve();
}

function serve(): void {
  const recorded = JSON.parse(readFileSync(process.env.BARE_RESPONSES ?? "", "utf8")) as Record<
    string,
    Recorded
  >;
  const responses = new Map(Object.entries(recorded));
  const byOperation = new Map<string, Recorded[]>();
  for (const [raw, answer] of responses) {
    const name = String((JSON.parse(raw) as { operationName?: unknown }).operationName);
    byOperation.set(name, [...(byOperation.get(name) ?? []), answer]);
  }
  let turn = 0;
  const answer = (raw: string): Recorded | undefined => {
    const known = responses.get(raw);
    if (known !== undefined) return known;
    const request = JSON.parse(raw) as { operationName?: unknown };
    const list = byOperation.get(String(request.operationName)) ?? [];
    return list[turn++ % Math.max(1, list.length)];
  };
  createServer((req, res) => {
    if (req.method === "GET" && req.url === "/cpu") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(process.cpuUsage()));
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      let hit: Recorded | undefined;
      try {
        hit = req.url === "/graphql" ? answer(Buffer.concat(chunks).toString("utf8")) : undefined;
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
}
