/**
 * `npx tsx bench/readerMicro.ts`: the in-process CPU cost of reading a never-seen complaint
 * (ComplaintReader.read) and of a whole cold kb.trace of one, on the bundled graph, in µs
 * per complaint. Every run draws its complaints from a fresh seed of the cold generator, so
 * no text was read before (the reader's word and typo memos still know the words, as they
 * do in a running service).
 *
 * Reported twice: the first 3000 complaints a new process reads (which pay V8's one-time
 * optimising compile of the reader, a fixed few hundred ms of CPU on a loaded machine),
 * then the median of three runs after a warm-up of as many others, as a running service
 * (and `npm run bench`, after its cold warm-up) meets them.
 */
import { fileURLToPath } from "node:url";
import { loadGraphData } from "../src/graph/index.js";
import { buildKnowledgeBase, type KnowledgeBase } from "../src/knowledge/index.js";
import { coldText } from "./coldText.js";
import { round } from "./measure.js";

/** CPU µs per never-seen complaint, read alone and traced. */
export interface ReaderMicro {
  readonly complaints: number;
  /** process.cpuUsage (user + system) per ComplaintReader.read, in µs. */
  readonly readUs: number;
  /** process.cpuUsage per kb.trace([complaint], { limit: 5 }), in µs. */
  readonly traceUs: number;
}

/** CPU µs per call of `run` over `inputs`. */
function cpuPer<T>(inputs: readonly T[], run: (input: T) => unknown): number {
  const cpu = process.cpuUsage();
  for (const input of inputs) run(input);
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / inputs.length;
}

/**
 * Reads `complaints` never-seen complaints from seed `seed`, then traces as many others
 * (so the trace's reads are cold too), after `warmUp` traces of complaints from another seed.
 */
export function readerMicro(
  kb: KnowledgeBase,
  seed: number,
  complaints = 3000,
  warmUp = complaints,
): ReaderMicro {
  const warm = coldText(kb.data, seed + 1000);
  for (let i = 0; i < warmUp; i++) kb.trace([warm.complaint()], { limit: 5 });
  const text = coldText(kb.data, seed);
  const reads = Array.from({ length: complaints }, text.complaint);
  const traces = Array.from({ length: complaints }, text.complaint);
  return {
    complaints,
    readUs: cpuPer(reads, (t) => kb.reader.read(t)),
    traceUs: cpuPer(traces, (t) => kb.trace([t], { limit: 5 })),
  };
}

/** One line for a report. */
export const readerMicroLine = (label: string, m: ReaderMicro) =>
  `${label}: read ${round(m.readUs, 1)} µs, trace ${round(m.traceUs, 1)} µs CPU per never-seen complaint (${m.complaints} each)`;

const median = (xs: readonly number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const data = await loadGraphData("graph-data");
  const kb = buildKnowledgeBase(data);
  const base = Number(process.env.SEED ?? Date.now() % 100_000);
  console.log(readerMicroLine("first after start", readerMicro(kb, base, 3000, 0)));
  const runs = [1, 2, 3].map((i) => readerMicro(kb, base + 10 * i));
  for (const [i, r] of runs.entries()) console.log(readerMicroLine(`warmed, run ${i + 1}`, r));
  const mid: ReaderMicro = {
    complaints: 3000,
    readUs: median(runs.map((r) => r.readUs)),
    traceUs: median(runs.map((r) => r.traceUs)),
  };
  console.log(readerMicroLine(`warmed, median of 3 (seed ${base})`, mid));
}
