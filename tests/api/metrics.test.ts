import { readFile } from "node:fs/promises";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { KNOWN_OPERATIONS } from "../../src/http/operationNames.js";
import { fixtureKb } from "../helpers/knowledge.js";
import { CONTRACT } from "../helpers/paths.js";
import { parsePrometheus, sampleValue } from "../helpers/prometheus.js";
import { postGraphQL, useHttpServer } from "../helpers/servers.js";

const scrape = async (url: string) => {
  const res = await fetch(`${url}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toContain("text/plain");
  return parsePrometheus(await res.text());
};

describe("GET /metrics", () => {
  const server = useHttpServer(fixtureKb);

  it("parses as Prometheus text and counts requests by operation, status and code", async () => {
    const before = (await scrape(server.url)).samples;
    const counted = { route: "/graphql", operation: "Stats", status: "200", code: "none" };
    const was = sampleValue(before, "kinetic_graph_requests_total", counted) ?? 0;
    await postGraphQL(server.url, "query Stats { stats { nodeCount } }");
    await postGraphQL(server.url, "query Stats { stats { nodeCount } }");
    await postGraphQL(server.url, "query Stats { stats { nodeCont } }");
    const { samples, types } = await scrape(server.url);
    expect(sampleValue(samples, "kinetic_graph_requests_total", counted)).toBe(was + 2);
    expect(
      sampleValue(samples, "kinetic_graph_requests_total", {
        operation: "Stats",
        status: "400",
        code: "GRAPHQL_VALIDATION_FAILED",
      }),
    ).toBeGreaterThanOrEqual(1);
    expect(types.get("kinetic_graph_request_duration_seconds")).toBe("histogram");
    expect(
      sampleValue(samples, "kinetic_graph_request_duration_seconds_count", {
        route: "/graphql",
        operation: "Stats",
      }),
    ).toBeGreaterThanOrEqual(3);
  });

  it("labels unknown operation names 'other', so clients cannot grow the label set", async () => {
    for (let i = 0; i < 5; i++) {
      await postGraphQL(server.url, `query Made${i} { stats { nodeCount } }`);
    }
    const { samples } = await scrape(server.url);
    const operations = new Set(
      samples
        .filter((s) => s.name === "kinetic_graph_requests_total")
        .map((s) => s.labels.operation),
    );
    expect([...operations].filter((o) => o?.startsWith("Made"))).toEqual([]);
    expect(operations).toContain("other");
  });

  it("reports response-cache hits and misses, the data version, event-loop lag and memory", async () => {
    // Stored the second time it is answered, served from the cache the third.
    const query = "query Stats { stats { edgeCount } }";
    await postGraphQL(server.url, query);
    await postGraphQL(server.url, query);
    const hitsBefore =
      sampleValue((await scrape(server.url)).samples, "kinetic_graph_response_cache_hits_total") ??
      0;
    await postGraphQL(server.url, query);
    const { samples } = await scrape(server.url);
    expect(sampleValue(samples, "kinetic_graph_response_cache_hits_total")).toBe(hitsBefore + 1);
    expect(
      sampleValue(samples, "kinetic_graph_response_cache_misses_total"),
    ).toBeGreaterThanOrEqual(1);
    const kb = await fixtureKb();
    expect(sampleValue(samples, "kinetic_graph_data_info", { version: kb.version })).toBe(1);
    expect(sampleValue(samples, "kinetic_graph_data_load_seconds")).toBeCloseTo(
      kb.loadMs / 1000,
      6,
    );
    expect(sampleValue(samples, "nodejs_eventloop_lag_seconds")).toBeGreaterThanOrEqual(0);
    expect(sampleValue(samples, "process_resident_memory_bytes")).toBeGreaterThan(0);
  });
});

describe("operation labels", () => {
  it("know every operation of the client contract", async () => {
    const names = parse(await readFile(CONTRACT, "utf8")).definitions.flatMap((d) =>
      d.kind === "OperationDefinition" && d.name ? [d.name.value] : [],
    );
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(KNOWN_OPERATIONS).toContain(name);
  });
});
