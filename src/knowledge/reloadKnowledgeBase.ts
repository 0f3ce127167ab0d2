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
   * Old-generation heap of the worker, in MiB (default {@link reloadWorkerHeapMiB} of the
   * limits: 512 at the default limits). Past it the worker is stopped and the reload
   * refused: the serving thread's heap is never at stake.
   */
  readonly workerHeapMiB?: number;
}

/** The defaults of {@link ReloadOptions}. */
export const RELOAD_DEFAULTS = {
  sliceMs: 10,
  timeoutMs: 120_000,
  /**
   * The worker's least heap, MiB (the default limits' 4 MiB of YAML need about 128): below
   * 512 V8 grows the heap as on a small device, collecting more often, and with 2 cores
   * shared the reload then held requests longer (tests/api/reloadLatency.test.ts failed 3 of
   * 5 runs at 256, passed 2 of 2 at 512, under load).
   */
  minWorkerHeapMiB: 512,
  /** The worker's heap per MiB of YAML the limits allow: twice the ~32 checking takes. */
  workerHeapMiBPerDataMiB: 64,
} as const;

/**
 * The worker's old-generation heap for folders within `limits`, in MiB: twice what
 * checking the most YAML they allow takes (about 32 MiB of syntax tree and values per MiB;
 * below it the worker spends most of its time collecting garbage), at least 512. At the
 * default limits 512, and the whole worker then takes about 150 MiB of resident memory.
 * The worker is a thread of the serving process, so the container's memory limit must
 * hold it too: see docs/operations.md (Kubernetes) for the arithmetic deploy/kubernetes
 * follows, and raise the limit with GRAPH_DATA_MAX_MB.
 */
export function reloadWorkerHeapMiB(limits: GraphDataLimits): number {
  const dataMiB = Math.ceil(limits.maxTotalBytes / 2 ** 20);
  return Math.max(
    RELOAD_DEFAULTS.minWorkerHeapMiB,
    RELOAD_DEFAULTS.workerHeapMiBPerDataMiB * dataMiB,
  );
}

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
  const limits = options.limits ?? DEFAULT_GRAPH_DATA_LIMITS;
  const encoded = await loadInWorker(
    { dir, limits },
    options.timeoutMs ?? RELOAD_DEFAULTS.timeoutMs,
    options.workerHeapMiB ?? reloadWorkerHeapMiB(limits),
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
    worker.once("error", (err: NodeJS.ErrnoException) =>
      settle(() =>
        reject(
          err.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? Object.assign(
                new Error(
                  `reading graph-data needed more than the worker's ${heapMiB} MiB heap: stopped (it grows with GRAPH_DATA_MAX_MB, 64 MiB per MiB; a restart loads without it)`,
                ),
                { code: err.code },
              )
            : err,
        ),
      ),
    );
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
