import type { FastifyInstance } from "fastify";
import type { KnowledgeBaseHolder } from "../knowledge/index.js";
import type { Readiness } from "./Readiness.js";
import type { ResponseCache } from "./ResponseCache.js";

/** Resident set size and heap in use, in MiB, as /health reports them. */
function memoryMiB(): { rss: number; heapUsed: number } {
  const m = process.memoryUsage();
  return { rss: Math.round(m.rss / 2 ** 20), heapUsed: Math.round(m.heapUsed / 2 ** 20) };
}

/** The orchestrator's probes: cheap, asked from one address, never rate limited (see installFairness). */
export const PROBE_PATHS: ReadonlySet<string> = new Set(["/livez", "/readyz"]);

/**
 * GET /livez (the process answers at all: Kubernetes restarts it when it does not),
 * GET /readyz (graph-data is loaded, as a server exists only then, and the process is not
 * draining) and GET /health (the served data's version and size; with `details`, the
 * process id, memory and the response cache's internals too).
 */
export function installProbes(
  app: FastifyInstance,
  holder: KnowledgeBaseHolder,
  readiness: Readiness,
  details: { readonly show: boolean; readonly cache: ResponseCache | null },
): void {
  app.get("/livez", async () => ({ status: "ok" }));
  app.get("/readyz", async (_request, reply) => {
    if (readiness.draining) return reply.status(503).send({ status: "draining" });
    return { status: "ready", version: holder.current.version };
  });
  app.get("/health", async () => {
    const kb = holder.current;
    return {
      status: readiness.draining ? "draining" : "ok",
      version: kb.version,
      nodeCount: kb.stats.nodeCount,
      edgeCount: kb.stats.edgeCount,
      loadedAt: kb.loadedAt.toISOString(),
      loadMs: Math.round(kb.loadMs),
      ...(details.show
        ? {
            pid: process.pid,
            memory: memoryMiB(),
            ...(details.cache === null ? {} : { responseCache: details.cache.stats() }),
          }
        : {}),
    };
  });
}
