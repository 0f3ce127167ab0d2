import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { largeGraph } from "../../bench/largeGraph.js";
import { DEFAULT_GRAPH_DATA_LIMITS, GraphDataError } from "../../src/graph/index.js";
import {
  loadKnowledgeBase,
  reloadKnowledgeBase,
  reloadWorkerHeapMiB,
} from "../../src/knowledge/index.js";
import { graphWith } from "../helpers/graphWith.js";
import { FIXTURE_GRAPH } from "../helpers/paths.js";

/**
 * Groups of the generated graph: 200 entries, a build the 1 ms slice cuts in more than one
 * slice. The cases that refuse a reload (a limit, the time, the heap) read the fixture
 * graph instead: they hold at any size, and reading the generated graph for them (600
 * entries then) cost the file about 1 s more of CPU. (200 groups, 2 000 entries, once cost
 * the file 6 s of CPU.)
 */
const GROUPS = 20;

/** The build's slice in this file: 1 ms, so that the build of a small graph is sliced too. */
const SLICE_MS = 1;

let large: Awaited<ReturnType<typeof largeGraph>>;
beforeAll(async () => {
  large = await largeGraph(GROUPS);
});
afterAll(async () => {
  await large.cleanup();
});

describe("reloadKnowledgeBase (a worker reads and validates, the caller builds in slices)", () => {
  it("builds the same knowledge base as a load on the calling thread", async () => {
    const { kb, report } = await reloadKnowledgeBase(large.dir, { sliceMs: SLICE_MS });
    const direct = await loadKnowledgeBase(large.dir);
    expect(kb.version).toBe(direct.version);
    expect(kb.stats).toEqual(direct.stats);
    expect([...kb.data.entities.values()]).toEqual([...direct.data.entities.values()]);
    expect(kb.data.edges).toEqual(direct.data.edges);
    const ids = (hits: { entity: { id: string } }[]) => hits.map((h) => h.entity.id);
    expect(ids(kb.searchIndex.search("sore heel"))).toEqual(
      ids(direct.searchIndex.search("sore heel")),
    );
    expect(kb.tracer.trace(["feel-3"])).toEqual(direct.tracer.trace(["feel-3"]));
    expect(report.build.slices).toBeGreaterThan(1);
  });

  it("rejects with every problem when the data is broken, as a load does", async () => {
    const { dir, cleanup } = await graphWith({ "zz.yaml": "nodes:\n  - id: x\n   kind: [\n" });
    const error = await reloadKnowledgeBase(dir).catch((e: unknown) => e);
    await cleanup();
    expect(error).toBeInstanceOf(GraphDataError);
    expect((error as GraphDataError).problems.map((p) => p.code)).toContain("YAML_SYNTAX");
  });

  it("rejects data over a limit before building it", async () => {
    const error = await reloadKnowledgeBase(FIXTURE_GRAPH, {
      limits: { ...DEFAULT_GRAPH_DATA_LIMITS, maxEntries: 10 },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphDataError);
    expect((error as GraphDataError).problems.map((p) => p.code)).toEqual(["TOO_MANY_ENTRIES"]);
  });

  it("stops a worker that takes longer than its time, and refuses the reload", async () => {
    const error = await reloadKnowledgeBase(FIXTURE_GRAPH, { timeoutMs: 5 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(GraphDataError);
  });

  it("stops a worker that outgrows its heap, and refuses the reload", async () => {
    const error = await reloadKnowledgeBase(FIXTURE_GRAPH, { workerHeapMiB: 4 }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: "ERR_WORKER_OUT_OF_MEMORY" });
    expect((error as Error).message).toMatch(/worker's 4 MiB heap: .*GRAPH_DATA_MAX_MB/);
  });

  it("gives the worker a heap that grows with the data the limits allow, at least 512 MiB", () => {
    const heapFor = (mib: number) =>
      reloadWorkerHeapMiB({ ...DEFAULT_GRAPH_DATA_LIMITS, maxTotalBytes: mib * 2 ** 20 });
    expect(heapFor(1)).toBe(512);
    expect(heapFor(4)).toBe(512);
    expect(heapFor(16)).toBe(1024);
  });

  it("rejects when the folder cannot be read", async () => {
    const error = await reloadKnowledgeBase(`${FIXTURE_GRAPH}/no-such-folder`).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
  });
});
