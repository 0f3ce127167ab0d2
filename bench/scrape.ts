/** What the bench reads from a process between windows. */
export interface Counters {
  /** CPU time (user + system) the process has used, in seconds. */
  readonly cpuSeconds: number;
  /** GraphQL requests the response cache has answered so far (0 for the bare server). */
  readonly cacheHits: number;
}

/** The value of a Prometheus sample without labels, or NaN when absent. */
function sample(text: string, name: string): number {
  const line = text.split("\n").find((l) => l.startsWith(`${name} `));
  return line === undefined ? Number.NaN : Number(line.slice(name.length + 1));
}

/**
 * The service's counters from GET /metrics: prom-client's process_cpu_seconds_total
 * (process.cpuUsage of every worker, summed by the primary with WORKERS > 1) and the
 * response cache's hits.
 */
export async function serviceCounters(url: string): Promise<Counters> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return {
    cpuSeconds: sample(text, "process_cpu_seconds_total"),
    cacheHits: sample(text, "kinetic_graph_response_cache_hits_total"),
  };
}

/** The bare server's counters from GET /cpu (its process.cpuUsage; one process only). */
export async function bareCounters(url: string): Promise<Counters> {
  const usage = (await (await fetch(`${url}/cpu`)).json()) as { user: number; system: number };
  return { cpuSeconds: (usage.user + usage.system) / 1e6, cacheHits: 0 };
}
