/**
 * Runs each attack of {@link ATTACKS} for a bounded time against a running service while a
 * well-behaved client (the victim, from 127.0.0.1) sends ordinary cold searches and
 * traces, and measures what the victim got and the service's memory.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { ATTACKS, type AttackTally } from "./attacks.js";

const RUNNER = fileURLToPath(new URL("./attackRunner.ts", import.meta.url));
let bundled: Promise<string> | undefined;

/** The attack runner bundled into one plain-node file, once: an attacker starts in ~50 ms. */
function runnerBundle(): Promise<string> {
  bundled ??= (async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "kg-attack-"));
    const outfile = path.join(dir, "attackRunner.mjs");
    await build({
      entryPoints: [RUNNER],
      outfile,
      bundle: true,
      platform: "node",
      format: "esm",
      logLevel: "warning",
    });
    return outfile;
  })();
  return bundled;
}

/** Starts attack number `index` in its own process; stop() ends it and returns its tally. */
async function startAttacker(index: number, port: number) {
  const child = spawn(process.execPath, [await runnerBundle(), String(index), String(port)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.on("data", (d: Buffer) => {
    out += d.toString();
  });
  await new Promise<void>((resolve, reject) => {
    const poll = setInterval(() => {
      if (out.includes("started")) {
        clearInterval(poll);
        resolve();
      } else if (child.exitCode !== null) {
        clearInterval(poll);
        reject(new Error(`attacker ${index} exited: ${out}`));
      }
    }, 20);
  });
  return {
    async stop(): Promise<AttackTally> {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
      const line = out.split("\n").find((l) => l.startsWith("{"));
      return line === undefined ? { sent: 0, answers: {} } : (JSON.parse(line) as AttackTally);
    },
  };
}

/** What the service must keep under attack (issue 13). */
export const GUARANTEES = { maxRssMiB: 512, minSuccess: 0.99, maxP99Ms: 250 } as const;

/** One row of the table: an attack and what the victim and the service saw. */
export interface AttackRow {
  readonly attack: string;
  readonly attacker: AttackTally;
  readonly victimRequests: number;
  readonly success: number;
  readonly p50: number;
  readonly p99: number;
  readonly maxRssMiB: number;
  readonly alive: boolean;
  readonly pass: boolean;
}

const SEARCHES = ["plantar fascitis", "tight hips", "knee pain", "achilles", "ice", "sore heel"];
const TRACES = [
  ["stabbing pain under my heel, worse in the morning"],
  ["my ankle hurts when I run"],
  ["pain on the inside of my knee"],
  ["I doubled my mileage", "sore heel after running"],
];
let coldNonce = 0;

/** One ordinary request, made cold (unique) by a variable the operation does not use. */
function victimRequest(i: number): string {
  const nonce = `${process.pid}-${coldNonce++}`;
  return i % 2 === 0
    ? JSON.stringify({
        query:
          "query($q: String!) { search(query: $q, limit: 10) { score snippet entity { id name } } }",
        variables: { q: SEARCHES[i % SEARCHES.length], nonce },
      })
    : JSON.stringify({
        query:
          "query($s: [String!]!) { trace(symptoms: $s) { conditions { score condition { id } } rootCauses { cause { id } } triage { level } } }",
        variables: { s: TRACES[i % TRACES.length], nonce },
      });
}

/** The victim: `clients` sequential loops for `ms`; latencies of successes, count of all. */
async function victim(url: string, ms: number, clients: number) {
  const latencies: number[] = [];
  let total = 0;
  const end = performance.now() + ms;
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let i = c; performance.now() < end; i += clients) {
        total++;
        const started = performance.now();
        try {
          const res = await fetch(`${url}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: victimRequest(i),
            signal: AbortSignal.timeout(5000),
          });
          const body = (await res.json()) as { errors?: unknown[] };
          if (res.status === 200 && body.errors === undefined)
            latencies.push(performance.now() - started);
        } catch {
          // Counted as a failure: total grew, latencies did not.
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Infinity;
  return {
    total,
    success: total === 0 ? 0 : latencies.length / total,
    p50: at(0.5),
    p99: at(0.99),
  };
}

/** Resident set size of process `pid`, in MiB (Linux /proc); 0 once it is gone. */
export function rssMiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return Math.round(kb / 1024);
  } catch {
    return 0;
  }
}

/** Whether the service still answers /health within a second. */
async function alive(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) });
    return res.status === 200;
  } catch {
    return false;
  }
}

/**
 * Runs a baseline (the victim alone) and then every attack for `seconds` each against
 * the service at `url` (process `pid`), the victim running throughout.
 */
export async function runAttackSuite(
  url: string,
  pid: number,
  seconds: number,
  /** Run only this attack (its index in ATTACKS) after the baseline; default all. */
  only?: number,
): Promise<AttackRow[]> {
  const port = Number(new URL(url).port);
  const rows: AttackRow[] = [];
  // Warm-up, not measured: the first requests compile and warm the JIT.
  await victim(url, Math.min(1000, seconds * 500), 2);
  const chosen = only === undefined ? [...ATTACKS.keys()] : [only];
  for (const index of [-1, ...chosen]) {
    const attack = ATTACKS[index];
    let maxRss = rssMiB(pid);
    const sampler = setInterval(() => {
      maxRss = Math.max(maxRss, rssMiB(pid));
    }, 100);
    const running = attack === undefined ? null : await startAttacker(index, port);
    // The attack gets a head start, so the victim meets it at full strength.
    await new Promise((r) =>
      setTimeout(r, attack === undefined ? 0 : Math.min(500, seconds * 250)),
    );
    const seen = await victim(url, seconds * 1000, 2);
    const tally = (await running?.stop()) ?? { sent: 0, answers: {} };
    clearInterval(sampler);
    const up = await alive(url);
    maxRss = Math.max(maxRss, rssMiB(pid));
    rows.push({
      attack: attack?.name ?? "none (victim alone)",
      attacker: tally,
      victimRequests: seen.total,
      success: seen.success,
      p50: seen.p50,
      p99: seen.p99,
      maxRssMiB: maxRss,
      alive: up,
      pass:
        up &&
        maxRss < GUARANTEES.maxRssMiB &&
        seen.success >= GUARANTEES.minSuccess &&
        seen.p99 < GUARANTEES.maxP99Ms,
    });
    if (!up) break;
  }
  return rows;
}

/** The rows as a Markdown table (the README prints one). */
export function attackTable(rows: readonly AttackRow[]): string {
  const answers = (t: AttackTally) =>
    Object.entries(t.answers)
      .sort()
      .map(([k, v]) => `${k}×${v}`)
      .join(" ") || "-";
  const lines = [
    "| attack | attacker sent | answers | victim requests | victim success | victim p50 / p99 ms | max RSS MiB | alive | pass |",
    "| --- | ---: | --- | ---: | ---: | ---: | ---: | --- | --- |",
    ...rows.map(
      (r) =>
        `| ${r.attack} | ${r.attacker.sent} | ${answers(r.attacker)} | ${r.victimRequests} | ${(r.success * 100).toFixed(1)}% | ${r.p50.toFixed(1)} / ${r.p99.toFixed(1)} | ${r.maxRssMiB} | ${r.alive ? "yes" : "no"} | ${r.pass ? "yes" : "NO"} |`,
    ),
  ];
  return lines.join("\n");
}
