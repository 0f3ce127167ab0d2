import type { FastifyInstance, FastifyRequest } from "fastify";
import { httpErrorCode } from "./httpErrors.js";
import { operationLabel } from "./operationNames.js";
import { routeUrl } from "./routeUrl.js";
import type { ServiceMetrics } from "./ServiceMetrics.js";

/**
 * Counts every answered request in `metrics` and serves them at GET /metrics in
 * Prometheus text format. `exposition` gives the text to serve (default: this process's
 * metrics; with WORKERS the primary's sum over every worker, see clusterMetrics.ts),
 * once `turn` resolves for the request (default: at once; the server waits for the
 * client's turn, see CostGate.turn: a scrape costs a few ms of CPU, and /metrics is on the
 * public port unless a proxy hides it).
 */
export function installMetrics(
  app: FastifyInstance,
  metrics: ServiceMetrics,
  exposition: () => Promise<string> = () => metrics.text(),
  turn: (request: FastifyRequest) => Promise<void> = async () => undefined,
): void {
  app.addHook("onRequest", (_request, reply, done) => {
    // "close" comes once the response is sent or the connection is gone, whichever first,
    // and only once (node:http guards it; started's callback counts once anyway).
    reply.raw.on("close", metrics.started());
    done();
  });
  app.addHook("onResponse", (request, reply, done) => {
    const outcome = request.graphqlOutcome;
    const status = reply.statusCode;
    metrics.observe({
      route: routeUrl(request) || "unmatched",
      operation: outcome === undefined ? "none" : operationLabel(outcome.operationName),
      status,
      code: outcome?.errorCodes[0] ?? (status >= 400 ? httpErrorCode(status) : "none"),
      seconds: reply.elapsedTime / 1000,
      compiled: outcome?.compiled === true,
    });
    done();
  });
  app.get("/metrics", async (request, reply) => {
    await turn(request);
    const text = await exposition();
    return reply.type(metrics.contentType).header("cache-control", "no-store").send(text);
  });
}
