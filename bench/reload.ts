import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { loadKnowledgeBase, reloadKnowledgeBase } from "../src/knowledge/index.js";
import { largeGraph } from "./largeGraph.js";

/** What one way of loading a folder cost the thread that serves requests. */
export interface LoadCost {
  /** From the call to a knowledge base ready to swap in. */
  readonly totalMs: number;
  /** Time the serving thread spent on it (all of it for a load at once). */
  readonly servingThreadMs: number;
  /** Longest the event loop waited: the longest a request arriving meanwhile would wait. */
  readonly maxDelayMs: number;
  /** 99th percentile of the event loop's delay, sampled every millisecond. */
  readonly p99DelayMs: number;
}

/** The reload bench's result: one folder loaded at once (start-up) and as a reload. */
export interface ReloadRow {
  readonly entries: number;
  readonly megabytes: number;
  readonly atOnce: LoadCost;
  readonly reload: LoadCost & { readonly workerMs: number; readonly slices: number };
}

async function delays<T>(work: () => Promise<T>) {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  const started = performance.now();
  const value = await work();
  const totalMs = performance.now() - started;
  // One more turn, so that a stall at the very end is recorded too.
  await new Promise((resolve) => setTimeout(resolve, 5));
  histogram.disable();
  return {
    value,
    totalMs,
    maxDelayMs: histogram.max / 1e6,
    p99DelayMs: histogram.percentile(99) / 1e6,
  };
}

/**
 * Loads one valid folder of `groups` × 10 entries (1 999 groups: just under the default
 * limit of 20 000 entries, about 3.8 MB) at once, as start-up does, and as a SIGHUP reload
 * does, measuring the event loop's delay meanwhile.
 */
export async function reloadBench(groups = 1999): Promise<ReloadRow> {
  const { dir, cleanup } = await largeGraph(groups);
  try {
    const files = await readdir(dir);
    const sizes = await Promise.all(files.map((f) => stat(path.join(dir, f))));
    const atOnce = await delays(() => loadKnowledgeBase(dir));
    const reload = await delays(() => reloadKnowledgeBase(dir));
    const { report } = reload.value;
    return {
      entries: atOnce.value.stats.nodeCount + atOnce.value.stats.edgeCount + 1,
      megabytes: sizes.reduce((sum, s) => sum + s.size, 0) / 1e6,
      atOnce: {
        totalMs: atOnce.totalMs,
        servingThreadMs: atOnce.totalMs,
        maxDelayMs: atOnce.maxDelayMs,
        p99DelayMs: atOnce.p99DelayMs,
      },
      reload: {
        totalMs: reload.totalMs,
        servingThreadMs: report.build.busyMs,
        maxDelayMs: reload.maxDelayMs,
        p99DelayMs: reload.p99DelayMs,
        workerMs: report.workerMs,
        slices: report.build.slices,
      },
    };
  } finally {
    await cleanup();
  }
}
