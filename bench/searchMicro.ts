/**
 * `npm run bench:search`: the in-process cost of search on the bundled graph, in µs per
 * never-seen query (the cold rows' generator), snippets included, as the API asks: after
 * a warm-up of as many distinct queries, so what is measured is a new query made of known
 * words. Also part of `npm run bench`.
 */
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { loadGraphData } from "../src/graph/index.js";
import { buildKnowledgeBase, type KnowledgeBase } from "../src/knowledge/index.js";
import { coldText } from "./coldText.js";
import { round } from "./measure.js";

/** Cost of cold searches in process. */
export interface SearchMicro {
  readonly queries: number;
  /** Wall time per search, mean and percentiles, in µs. */
  readonly meanUs: number;
  readonly p50Us: number;
  readonly p99Us: number;
  /** CPU time (process.cpuUsage, user + system) per search, in µs. */
  readonly cpuUs: number;
}

/**
 * Times `queries` searches (limit 10, snippets) of never-seen queries from `next`, after
 * `warmUp` others.
 */
export function searchMicro(
  kb: KnowledgeBase,
  next: () => string,
  queries = 3000,
  warmUp = 3000,
): SearchMicro {
  for (let i = 0; i < warmUp; i++) kb.searchIndex.search(next(), { limit: 10 });
  const inputs = Array.from({ length: queries }, next);
  const times: number[] = [];
  const cpu = process.cpuUsage();
  for (const q of inputs) {
    const t0 = performance.now();
    kb.searchIndex.search(q, { limit: 10 });
    times.push((performance.now() - t0) * 1000);
  }
  const used = process.cpuUsage(cpu);
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return {
    queries,
    meanUs: times.reduce((s, t) => s + t, 0) / times.length,
    p50Us: at(0.5),
    p99Us: at(0.99),
    cpuUs: (used.user + used.system) / queries,
  };
}

/** One line for the bench's report. */
export const searchMicroLine = (m: SearchMicro) =>
  `search, in process, ${m.queries} never-seen queries (limit 10, snippets): mean ${round(m.meanUs, 1)} µs, p50 ${round(m.p50Us, 1)} µs, p99 ${round(m.p99Us, 1)} µs; CPU ${round(m.cpuUs, 1)} µs per query`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const data = await loadGraphData("graph-data");
  const kb = buildKnowledgeBase(data);
  const text = coldText(data, 7);
  for (let run = 0; run < 3; run++) console.log(searchMicroLine(searchMicro(kb, text.query)));
}
