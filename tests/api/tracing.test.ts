import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { context, propagation, trace } from "@opentelemetry/api";
import {
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from "@opentelemetry/sdk-trace-base";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadTypeDefs } from "../../src/graphql/index.js";
import { createHttpServer } from "../../src/http/index.js";
import { KnowledgeBaseHolder } from "../../src/knowledge/index.js";
import { startTracing, type Tracing } from "../../src/process/tracing.js";
import { fixtureKb } from "../helpers/knowledge.js";
import { ROOT } from "../helpers/paths.js";
import { postGraphQL, silentLogger } from "../helpers/servers.js";

const exporter = new InMemorySpanExporter();
let tracing: Tracing;
let app: FastifyInstance;
let url = "";

beforeAll(async () => {
  tracing = startTracing({ exporter, processor: (e) => new SimpleSpanProcessor(e) });
  app = await createHttpServer({
    holder: new KnowledgeBaseHolder(await fixtureKb()),
    typeDefs: await loadTypeDefs(),
    logger: silentLogger,
    tracing,
  });
  url = await app.listen({ port: 0, host: "127.0.0.1" });
});
afterAll(async () => {
  await app.close();
  await tracing.shutdown();
  // The provider was registered globally: leave the process as other test files expect it.
  trace.disable();
  context.disable();
  propagation.disable();
});

/** The spans of each trace, by trace id. */
function traces(spans: readonly ReadableSpan[]): Map<string, ReadableSpan[]> {
  const byTrace = new Map<string, ReadableSpan[]>();
  for (const s of spans) {
    const id = s.spanContext().traceId;
    byTrace.set(id, [...(byTrace.get(id) ?? []), s]);
  }
  return byTrace;
}

const parentOf = (s: ReadableSpan) => s.parentSpanContext?.spanId;

describe("tracing (OTEL_EXPORTER_OTLP_ENDPOINT set)", () => {
  it("makes one span tree per request, with the operation's name and its steps", async () => {
    exporter.reset();
    await postGraphQL(url, "query Stats { stats { nodeCount } }");
    await postGraphQL(url, "query Counts { stats { edgeCount } }");
    const byTrace = traces(exporter.getFinishedSpans());
    expect(byTrace.size).toBe(2);
    for (const [, spans] of byTrace) {
      const ids = new Set(spans.map((s) => s.spanContext().spanId));
      // One root; every other span's parent is in the same trace: a tree.
      const roots = spans.filter((s) => !ids.has(parentOf(s) ?? ""));
      expect(roots).toHaveLength(1);
      const operation = spans.find((s) => s.name.startsWith("query "));
      expect(operation).toBeDefined();
      const steps = spans.filter((s) => parentOf(s) === operation?.spanContext().spanId);
      expect(steps.map((s) => s.name).sort()).toEqual([
        "graphql.execute",
        "graphql.parse",
        "graphql.validate",
      ]);
    }
    const names = [...byTrace.values()].map(
      (spans) =>
        spans.find((s) => s.name.startsWith("query "))?.attributes["graphql.operation.name"],
    );
    expect(names.sort()).toEqual(["Counts", "Stats"]);
  });

  it("continues the caller's trace from traceparent", async () => {
    exporter.reset();
    const traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        traceparent: `00-${traceId}-00f067aa0ba902b7-01`,
      },
      body: JSON.stringify({ query: "query Stats { stats { edgeCount } }" }),
    });
    expect(res.status).toBe(200);
    expect([...traces(exporter.getFinishedSpans()).keys()]).toEqual([traceId]);
  });
});

describe("without OTEL_EXPORTER_OTLP_ENDPOINT", () => {
  it("nothing imports OpenTelemetry but src/process/tracing.ts, which serve.ts imports only when set", async () => {
    const src = path.join(ROOT, "src");
    const files = (await readdir(src, { recursive: true })).filter((f) => f.endsWith(".ts"));
    const importing: string[] = [];
    for (const file of files) {
      const text = await readFile(path.join(src, file), "utf8");
      if (/from "@(opentelemetry|fastify\/otel)/.test(text)) importing.push(file);
      if (/from "\.\/tracing\.js"/.test(text)) importing.push(`${file} (static import of tracing)`);
    }
    expect(importing).toEqual([path.join("process", "tracing.ts")]);
    const serve = await readFile(path.join(src, "process", "serve.ts"), "utf8");
    expect(serve).toMatch(/otlpEndpoint === null \? null : \(await import\("\.\/tracing\.js"\)\)/);
  });
});
