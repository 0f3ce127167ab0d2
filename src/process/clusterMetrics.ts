/**
 * /metrics with WORKERS > 1: whichever worker a scrape reaches asks the primary, which
 * collects the registry of every listening worker over the cluster's IPC channel and
 * answers their sum (prom-client's AggregatorRegistry.aggregate), so a scrape sees the
 * whole process tree, with `kinetic_graph_workers_scraped` saying how many workers it
 * covers. What every worker holds alike (the data gauges, `kinetic_graph_data_*`) is one
 * worker's value, by their `max` aggregator; of prom-client's event-loop lag the minimum
 * is the least, the maximum the greatest (a stalled worker shows there) and the mean and
 * percentiles the workers' average; its version info is the first's, the process start
 * time left out; every other metric is the sum. A worker still loading graph-data is not asked (it has no metrics
 * yet and would make the scrape wait).
 */
import cluster, { type Worker } from "node:cluster";
import {
  AggregatorRegistry,
  Gauge,
  type MetricObjectWithValues,
  type MetricValue,
} from "prom-client";
import type { ServiceMetrics } from "../http/ServiceMetrics.js";

/** Messages: worker → primary (scrape), primary → worker (collect), and their answers. */
const SCRAPE = "kinetic-graph:scrape";
const SCRAPED = "kinetic-graph:scraped";
const COLLECT = "kinetic-graph:collect";
const COLLECTED = "kinetic-graph:collected";

/** Longest wait for a worker's registry, and for the primary's answer a little longer. */
const COLLECT_TIMEOUT_MS = 3000;
const SCRAPE_TIMEOUT_MS = COLLECT_TIMEOUT_MS + 1000;

interface Message {
  readonly type?: string;
  readonly id?: number;
  readonly text?: string;
  readonly error?: string;
  readonly metrics?: MetricObjectWithValues<MetricValue<string>>[];
}

/** Sends `message` to `to` and resolves with the first answer of type `answer` and the same id. */
function ask(
  to: { send(message: object): unknown; on(e: "message", f: (m: Message) => void): unknown },
  off: (f: (m: Message) => void) => void,
  message: { type: string; id: number },
  answer: string,
  timeoutMs: number,
): Promise<Message> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off(onMessage);
      reject(new Error(`no ${answer} within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (m: Message) => {
      if (m?.type !== answer || m.id !== message.id) return;
      clearTimeout(timer);
      off(onMessage);
      resolve(m);
    };
    to.on("message", onMessage);
    to.send(message);
  });
}

/** In the primary: answers workers' scrapes with the sum over every listening worker. */
export function answerMetricsRequests(): void {
  const listening = new Set<Worker>();
  cluster.on("listening", (worker) => listening.add(worker));
  cluster.on("exit", (worker) => listening.delete(worker));
  let next = 0;
  cluster.on("message", (worker, message: Message) => {
    if (message.type !== SCRAPE) return;
    const workers = [...listening].filter((w) => w.isConnected());
    Promise.all(
      workers.map((w) =>
        ask(
          w,
          (f) => w.off("message", f),
          { type: COLLECT, id: next++ },
          COLLECTED,
          COLLECT_TIMEOUT_MS,
        ),
      ),
    )
      .then((answers) => {
        const registry = AggregatorRegistry.aggregate(answers.map((a) => a.metrics ?? []));
        new Gauge({
          name: "kinetic_graph_workers_scraped",
          help: "Workers whose metrics this scrape sums (the listening ones; a worker still loading graph-data is not asked)",
          registers: [registry],
        }).set(answers.length);
        return registry.metrics();
      })
      .then(
        (text) => ({ text }),
        (err: unknown) => ({ error: err instanceof Error ? err.message : String(err) }),
      )
      .then((answer) => {
        if (worker.isConnected()) worker.send({ type: SCRAPED, id: message.id, ...answer });
      });
  });
}

/**
 * In a worker: answers the primary's collections with `local`'s metrics, and returns
 * what serves /metrics (the primary's sum over every worker).
 */
export function clusterExposition(local: ServiceMetrics): () => Promise<string> {
  process.on("message", (message: Message) => {
    if (message?.type !== COLLECT) return;
    local.registry.getMetricsAsJSON().then((metrics) => {
      process.send?.({ type: COLLECTED, id: message.id, metrics });
    });
  });
  let next = 0;
  return async () => {
    const answer = await ask(
      { send: (m) => process.send?.(m), on: (e, f) => process.on(e, f) },
      (f) => process.off("message", f),
      { type: SCRAPE, id: next++ },
      SCRAPED,
      SCRAPE_TIMEOUT_MS,
    );
    if (answer.text === undefined) throw new Error(`metrics: ${answer.error ?? "no answer"}`);
    return answer.text;
  };
}
