import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import {
  DEFAULT_GRAPH_DATA_LIMITS,
  GraphDataError,
  type GraphDataLimits,
  runStepsSliced,
  type SliceReport,
  type Steps,
} from "../graph/index.js";
import { decodeGraphData, type EncodedGraphData } from "./graphDataTransfer.js";
import { buildKnowledgeBaseSteps, type KnowledgeBase } from "./KnowledgeBase.js";
import type { LoadReply, LoadRequest } from "./loadMessages.js";

/** Options of {@link reloadKnowledgeBase}. */
export interface ReloadOptions {
  /** Bounds on the data (default DEFAULT_GRAPH_DATA_LIMITS). */
  readonly limits?: GraphDataLimits;
  /**
   * Longest the build may hold the serving thread at a time, in milliseconds (default
   * 10): a request arriving during a reload waits at most about this long for it.
   */
  readonly sliceMs?: number;
  /**
   * Longest the worker may take to read and validate, in milliseconds (default 120 000;
   * a folder within the limits takes a few seconds). Past it the worker is stopped and
   * the reload refused.
   */
  readonly timeoutMs?: number;
  /**
   * Old-generation heap of the worker, in MiB (default 256: checking a folder at the
   * default limits needs about 128, where it spends most of its time collecting garbage,
   * and the whole worker then takes about 150 MiB of resident memory). Past it the worker
   * is stopped and the reload refused: the serving thread's heap is never at stake. The
   * process's memory, worker included, must fit the container's limit: see the README
   * (Operations, Kubernetes) for the arithmetic deploy/kubernetes follows.
   */
  readonly workerHeapMiB?: number;
}

/** The defaults of {@link ReloadOptions}. */
export const RELOAD_DEFAULTS = { sliceMs: 10, timeoutMs: 120_000, workerHeapMiB: 256 } as const;

/** What a reload cost, for the log. */
export interface ReloadReport {
  /** Time the worker took to read, parse and validate, in milliseconds (off the serving thread). */
  readonly workerMs: number;
  /** What decoding the data and building the knowledge base cost the serving thread. */
  readonly build: SliceReport;
}

/**
 * Loads graph-data from `dir` for a reload without stalling the requests being served:
 * a worker thread reads the folder as one snapshot, checks it against the limits and
 * validates it; the serving thread then decodes the result and builds the graph, index
 * and trace engine in slices of `sliceMs` (graphology and MiniSearch objects cannot cross
 * between threads). Start-up uses {@link loadKnowledgeBase}, which does it all at once.
 * @throws GraphDataError listing every problem when the data is not sound or too large;
 *   Error when the worker fails, runs out of its heap or out of time.
 */
export async function reloadKnowledgeBase(
  dir: string,
  options: ReloadOptions = {},
): Promise<{ kb: KnowledgeBase; report: ReloadReport }> {
  const started = performance.now();
  const encoded = await loadInWorker(
    { dir, limits: options.limits ?? DEFAULT_GRAPH_DATA_LIMITS },
    options.timeoutMs ?? RELOAD_DEFAULTS.timeoutMs,
    options.workerHeapMiB ?? RELOAD_DEFAULTS.workerHeapMiB,
  );
  const workerMs = performance.now() - started;
  const { value, report } = await runStepsSliced(
    build(encoded, started),
    options.sliceMs ?? RELOAD_DEFAULTS.sliceMs,
  );
  return { kb: value, report: { workerMs, build: report } };
}

function* build(encoded: EncodedGraphData, started: number): Steps<KnowledgeBase> {
  const data = yield* decodeGraphData(encoded);
  return yield* buildKnowledgeBaseSteps(data, started);
}

/** Runs loadWorker on `request`; resolves with the encoded data or rejects. */
function loadInWorker(
  request: LoadRequest,
  timeoutMs: number,
  heapMiB: number,
): Promise<EncodedGraphData> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(request, heapMiB);
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      done();
    };
    const timer = setTimeout(() => {
      settle(() => reject(new Error(`reading graph-data took over ${timeoutMs} ms: stopped`)));
      void worker.terminate();
    }, timeoutMs);
    worker.once("message", (reply: LoadReply) => {
      settle(() => {
        if (reply.kind === "data") resolve(reply.data);
        else if (reply.kind === "problems") reject(new GraphDataError(reply.problems));
        else reject(new Error(reply.message));
      });
    });
    worker.once("error", (err) => settle(() => reject(err)));
    worker.once("exit", (code) =>
      settle(() =>
        reject(new Error(`the graph-data worker exited (code ${code}) without an answer`)),
      ),
    );
  });
}

/**
 * The worker, from the compiled `loadWorker.js` beside this module (`npm start`), or from
 * its TypeScript source through tsx (development and tests, where this module is .ts).
 */
function startWorker(request: LoadRequest, heapMiB: number): Worker {
  const options = { workerData: request, resourceLimits: { maxOldGenerationSizeMb: heapMiB } };
  const here = import.meta.url;
  if (!here.endsWith(".ts")) return new Worker(new URL("./loadWorker.js", here), options);
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  const source = JSON.stringify(new URL("./loadWorker.ts", here).href);
  return new Worker(`import(${tsx}).then((tsx) => tsx.tsImport(${source}, ${tsx}));`, {
    ...options,
    eval: true,
  });
}
