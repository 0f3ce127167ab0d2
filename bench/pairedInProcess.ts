/**
 * Two source trees compared in one process on the same never-seen texts:
 * `npx tsx bench/pairedInProcess.ts <before> <after>`, each a project folder (a worktree,
 * or `git archive` of a commit with node_modules linked) whose `src/` and `graph-data/`
 * are loaded side by side. Batches of N texts (bench/coldText.ts: complaints, one or two
 * in turn, or search queries) go through both knowledge bases, alternating which goes
 * first, and each batch's process CPU is read per side: both meet the same machine load
 * within a few milliseconds, so the ratio holds where either's own figure swings.
 *
 * The knowledge base loaded second ran 2-3% cheaper than the first in same-tree runs
 * (memory placement), so the run is made twice, each tree loaded second once, in two
 * child processes; the report gives both medians of after/before and their geometric
 * mean, which cancels that bias. Environment: OP (Trace, Interview: a trace whose
 * questions are read, or Search; default Trace), ROUNDS (default 12), N (default 1500).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { KnowledgeBase } from "../src/knowledge/index.js";
import { type ColdText, coldText } from "./coldText.js";

const OP = process.env.OP ?? "Trace";
const ROUNDS = Number(process.env.ROUNDS ?? 12);
const N = Number(process.env.N ?? 1500);

/** A knowledge base built from `dir`'s own sources and graph-data. */
async function load(dir: string): Promise<KnowledgeBase> {
  const module: typeof import("../src/knowledge/index.js") = await import(
    path.resolve(dir, "src/knowledge/index.ts")
  );
  return module.loadKnowledgeBase(path.resolve(dir, "graph-data"));
}

/** One child's run: `first` loaded first, `second` second; prints the median of second/first per batch. */
async function child(first: string, second: string): Promise<void> {
  const kbs = [await load(first), await load(second)] as const;
  let traces = 0;
  const text = (g: ColdText) =>
    OP === "Search" ? [g.query()] : [g.complaint(), ...(++traces % 2 === 0 ? [g.complaint()] : [])];
  const run = (kb: KnowledgeBase, t: string[]) => {
    if (OP === "Search") return kb.search(t[0] ?? "", { limit: 10 });
    const result = kb.trace(t, { limit: 10 });
    return OP === "Interview" ? result.questions : result;
  };
  const warm = coldText(kbs[0].data, 99);
  for (const kb of kbs) for (let i = 0; i < 3000; i++) run(kb, text(warm));
  const fresh = coldText(kbs[0].data, 7);
  const ratios: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const texts = Array.from({ length: N }, () => text(fresh));
    const cpu = [0, 0];
    for (const side of r % 2 === 0 ? [0, 1] : [1, 0]) {
      const kb = kbs[side] as KnowledgeBase;
      const start = process.cpuUsage();
      for (const t of texts) run(kb, t);
      const used = process.cpuUsage(start);
      cpu[side] = used.user + used.system;
    }
    ratios.push((cpu[1] as number) / (cpu[0] as number));
  }
  ratios.sort((a, b) => a - b);
  console.log(ratios[Math.floor(ratios.length / 2)]);
}

/** Runs a child with `first` and `second` loaded in that order; its median ratio. */
function medianOf(first: string, second: string): number {
  const self = fileURLToPath(import.meta.url);
  const out = spawnSync(process.execPath, ["--import", "tsx", self, "--child", first, second], {
    env: process.env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  return Number(out.stdout.trim().split("\n").at(-1));
}

const args = process.argv.slice(2);
if (args[0] === "--child") {
  await child(args[1] ?? "", args[2] ?? "");
} else if (args.length !== 2) {
  console.error("usage: npx tsx bench/pairedInProcess.ts <before folder> <after folder>");
  process.exit(2);
} else {
  const [before, after] = args as [string, string];
  const afterSecond = medianOf(before, after);
  const beforeSecond = 1 / medianOf(after, before);
  console.log(
    `${OP}, CPU after/before on the same never-seen texts (median of ${ROUNDS} batches of ${N}): ` +
      `after loaded second ${afterSecond.toFixed(3)}, before loaded second ${beforeSecond.toFixed(3)}, ` +
      `geometric mean ${Math.sqrt(afterSecond * beforeSecond).toFixed(3)}`,
  );
}
