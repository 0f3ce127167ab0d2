import { appendFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphWith } from "../helpers/graphWith.js";
import { parsePrometheus, sampleValue } from "../helpers/prometheus.js";
import { postJson } from "../helpers/rawHttp.js";
import { type Service, startService } from "../helpers/service.js";

interface Health {
  memory: { rss: number; heapUsed: number };
  version: string;
  nodeCount: number;
  edgeCount: number;
  loadMs: number;
}

// One service for the reloads and then the SIGTERM tests (a start costs 1.5-2 s of CPU).
// Production, as deployed: there Apollo would stop the server on SIGTERM by itself.
let service: Service;
let dir = "";
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await graphWith({}));
  service = await startService({
    NODE_ENV: "production",
    GRAPH_DATA: dir,
    // The grace the SIGTERM test sends its requests in: they take tens of ms here, and
    // 3 s leaves room for a CI several times slower (the test waits it out: 1.5 s more).
    SHUTDOWN_GRACE_MS: "3000",
    SHUTDOWN_DEADLINE_MS: "10000",
  });
});
afterAll(async () => {
  if (service.child.exitCode === null) await service.stop();
  await cleanup();
});

const health = async (): Promise<Health> =>
  (await (await fetch(`${service.url}/health`)).json()) as Health;

describe("SIGHUP reload", () => {
  it("swaps in new graph-data that validates", async () => {
    const before = await health();
    await writeFile(
      path.join(dir, "added.yaml"),
      "nodes:\n  - { id: hill-sprints, kind: CAUSE, name: Hill sprints, summary: Short hard efforts uphill., sources: [{ doc: doc, section: Heel }] }\n" +
        "edges:\n  - { from: hill-sprints, relation: CAUSES, to: heel-ache, explanation: Hill sprints load the heel hard., sources: [{ doc: doc, section: Heel }] }\n",
    );
    const mark = service.output().length;
    service.child.kill("SIGHUP");
    await service.waitFor("graph-data reloaded", mark);
    const after = await health();
    expect(after.version).not.toBe(before.version);
    expect(after.nodeCount).toBe(before.nodeCount + 1);
    const res = await postJson(service.url, { query: '{ entity(id: "hill-sprints") { name } }' });
    expect(res.body?.data).toEqual({ entity: { name: "Hill sprints" } });
  });

  it("keeps serving the old data when the new data is broken, logging every problem", async () => {
    const before = await health();
    await appendFile(
      path.join(dir, "added.yaml"),
      "  - { from: hill-sprints, relation: CAUSES, to: no-such-node, explanation: Broken on purpose here., sources: [{ doc: doc, section: Heel }] }\n",
    );
    await writeFile(path.join(dir, "syntax.yaml"), "nodes:\n  - id: x\n   kind: [\n");
    const mark = service.output().length;
    service.child.kill("SIGHUP");
    await service.waitFor("reload refused", mark);
    const log = service.output().slice(mark);
    expect(log).toContain("UNKNOWN_NODE");
    expect(log).toContain("YAML_SYNTAX");
    const { memory: _before, ...kept } = before;
    const { memory: _after, ...now } = await health();
    expect(now).toEqual(kept);
    const res = await postJson(service.url, { query: "{ stats { nodeCount } }" });
    expect(res.body?.data).toEqual({ stats: { nodeCount: before.nodeCount } });
  });

  it("refuses data over a limit before building it, and keeps serving", async () => {
    const before = await health();
    await writeFile(path.join(dir, "syntax.yaml"), `# ${"x".repeat(2 ** 20)}\n`);
    const mark = service.output().length;
    service.child.kill("SIGHUP");
    await service.waitFor("reload refused", mark);
    expect(service.output().slice(mark)).toContain("FILE_TOO_LARGE");
    expect((await health()).version).toBe(before.version);
  });

  it("counts reloads by outcome in /metrics, so a refused one can alert", async () => {
    const { samples } = parsePrometheus(await (await fetch(`${service.url}/metrics`)).text());
    const reloads = (outcome: string) =>
      sampleValue(samples, "kinetic_graph_data_reloads_total", { outcome });
    expect(reloads("swapped")).toBe(1);
    expect(reloads("refused")).toBe(2);
  });
});

/**
 * The exit code of the one SIGTERM the last two tests share (sent by the first to ask),
 * once the output has ended too (the last lines are read then).
 */
let terminated: Promise<number | null> | undefined;
const terminate = (): Promise<number | null> => {
  terminated ??= (() => {
    const closed = service.closed();
    service.child.kill("SIGTERM");
    return closed.then(({ code }) => code);
  })();
  return terminated;
};

const status = (url: string, route: string) =>
  fetch(`${url}${route}`, { headers: { connection: "close" } }).then(
    (r) => r.status,
    () => 0,
  );

// After the reloads: these stop the service. Each runs on its own too.
describe("SIGTERM", () => {
  it("turns /readyz to 503 at once, keeps serving through the grace, then exits 0", async () => {
    expect(await status(service.url, "/readyz")).toBe(200);
    const exit = terminate();
    await service.waitFor("shutting down");
    // Unready before the process has exited, while GraphQL is still answered.
    expect(await status(service.url, "/readyz")).toBe(503);
    const res = await fetch(`${service.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"query":"{ stats { nodeCount } }"}',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("connection")).toBe("close");
    expect(service.child.exitCode).toBeNull();
    expect(await exit).toBe(0);
    expect(service.output()).toContain("drained: exiting");
  });

  it("exits 0 on SIGTERM", async () => {
    expect(await terminate()).toBe(0);
  });
});
