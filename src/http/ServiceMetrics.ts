import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import { ErrorCode } from "../graphql/index.js";
import type { KnowledgeBaseHolder } from "../knowledge/index.js";
import type { RefusedConnections } from "./installConnectionLimits.js";
import type { ResponseCache } from "./ResponseCache.js";

/** Error codes a request can be labelled with; any other becomes "other" (bounded labels). */
const KNOWN_CODES: ReadonlySet<string> = new Set<string>(Object.values(ErrorCode));

/** One answered request, as metrics count it. */
export interface ObservedRequest {
  /** The route's pattern ("/graphql", "/health"), or "unmatched" for a 404 (bounded). */
  readonly route: string;
  /** operationLabel of the GraphQL operation, or "none" for other routes. */
  readonly operation: string;
  readonly status: number;
  /** The first error code, or "none". */
  readonly code: string;
  readonly seconds: number;
  /** Answered by the compiled path of known operations (see answerCompiled). */
  readonly compiled?: boolean;
  /** Answered from the response cache before Fastify's hooks (see installCacheHitPath). */
  readonly beforeHooks?: boolean;
}

/**
 * The service's Prometheus metrics, in a registry of its own (so several servers in one
 * process, as in tests, never clash): requests by route, operation, status and error
 * code; latency histograms; connections the connection limits closed; response-cache hits and misses; the served data's version,
 * size and load time; and prom-client's process metrics (memory, CPU, event-loop lag).
 */
export class ServiceMetrics {
  /** The registry holding every metric below (read by /metrics). */
  readonly registry = new Registry();
  private readonly requests: Counter<"route" | "operation" | "status" | "code">;
  private readonly duration: Histogram<"route" | "operation">;
  private readonly inFlight: Gauge;
  private readonly compiledAnswers: Counter;
  private readonly hitsBeforeHooks: Counter;

  constructor(
    holder: KnowledgeBaseHolder,
    cache: ResponseCache | null,
    refused: RefusedConnections = { client: 0, process: 0, pipelined: 0 },
  ) {
    const registers = [this.registry];
    new Counter({
      name: "kinetic_graph_connections_refused_total",
      help: "Connections closed by a limit, by the limit that closed them: client (CLIENT_MAX_CONNECTIONS of one address), process (MAX_CONNECTIONS) or pipeline (more than 16 requests unanswered on one connection, and the address's connections for 10 s after)",
      labelNames: ["limit"],
      registers,
      collect() {
        this.reset();
        this.inc({ limit: "client" }, refused.client);
        this.inc({ limit: "process" }, refused.process);
        this.inc({ limit: "pipeline" }, refused.pipelined);
      },
    });
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 20 });
    this.requests = new Counter({
      name: "kinetic_graph_requests_total",
      help: "Requests answered, by route, GraphQL operation (known names or other), status and first error code",
      labelNames: ["route", "operation", "status", "code"],
      registers,
    });
    this.duration = new Histogram({
      name: "kinetic_graph_request_duration_seconds",
      help: "Time from request received to response sent, by route and GraphQL operation",
      labelNames: ["route", "operation"],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.inFlight = new Gauge({
      name: "kinetic_graph_requests_in_flight",
      help: "Requests received (headers read) and not yet answered or abandoned, this scrape's own included",
      registers,
    });
    this.compiledAnswers = new Counter({
      name: "kinetic_graph_compiled_answers_total",
      help: "GraphQL requests answered by the compiled path of known operations, without Apollo's pipeline",
      registers,
    });
    this.hitsBeforeHooks = new Counter({
      name: "kinetic_graph_response_cache_hits_before_hooks_total",
      help: "Response-cache hits answered before Fastify's routing and hooks (plain JSON POSTs), with the same bytes and counts",
      registers,
    });
    const cacheCounter = (name: string, help: string, read: () => number) =>
      new Counter({
        name,
        help,
        registers,
        collect() {
          this.reset();
          this.inc(read());
        },
      });
    cacheCounter(
      "kinetic_graph_response_cache_hits_total",
      "GraphQL requests answered from the response cache",
      () => cache?.stats().hits ?? 0,
    );
    cacheCounter(
      "kinetic_graph_response_cache_misses_total",
      "Cacheable GraphQL requests the response cache did not hold",
      () => cache?.stats().misses ?? 0,
    );
    cacheCounter(
      "kinetic_graph_response_cache_rejected_total",
      "Answers the response cache did not store: their request was asked for less often than the answers they would push out (admission)",
      () => cache?.stats().rejected ?? 0,
    );
    new Gauge({
      name: "kinetic_graph_response_cache_bytes",
      help: "Bytes held by the response cache",
      registers,
      collect() {
        this.set(cache?.stats().bytes ?? 0);
      },
    });
    new Gauge({
      name: "kinetic_graph_data_info",
      help: "The graph-data version being served (value 1)",
      labelNames: ["version"],
      registers,
      aggregator: "max",
      collect() {
        this.reset();
        this.set({ version: holder.current.version }, 1);
      },
    });
    new Counter({
      name: "kinetic_graph_data_reloads_total",
      help: "Reloads of graph-data (SIGHUP) by outcome: swapped in, or refused (the old data kept serving)",
      labelNames: ["outcome"],
      registers,
      // Every worker reloads the same files: one process's count, not the sum.
      aggregator: "max",
      collect() {
        this.reset();
        this.inc({ outcome: "swapped" }, holder.reloads.swapped);
        this.inc({ outcome: "refused" }, holder.reloads.refused);
      },
    });
    const dataGauge = (name: string, help: string, read: () => number) =>
      new Gauge({
        name,
        help,
        registers,
        aggregator: "max",
        collect() {
          this.set(read());
        },
      });
    dataGauge(
      "kinetic_graph_data_load_seconds",
      "How long the served graph-data took to load",
      () => holder.current.loadMs / 1000,
    );
    dataGauge(
      "kinetic_graph_data_loaded_timestamp_seconds",
      "When the served graph-data was loaded (Unix time)",
      () => holder.current.loadedAt.getTime() / 1000,
    );
    dataGauge(
      "kinetic_graph_data_nodes",
      "Nodes in the served graph",
      () => holder.current.stats.nodeCount,
    );
    dataGauge(
      "kinetic_graph_data_edges",
      "Edges in the served graph",
      () => holder.current.stats.edgeCount,
    );
  }

  /** Counts a request as in flight until `settled` is called (once). */
  started(): () => void {
    this.inFlight.inc();
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.inFlight.dec();
    };
  }

  /** Counts one answered request. */
  observe(request: ObservedRequest): void {
    const code = KNOWN_CODES.has(request.code) || request.code === "none" ? request.code : "other";
    this.requests.inc({
      route: request.route,
      operation: request.operation,
      status: String(request.status),
      code,
    });
    this.duration.observe({ route: request.route, operation: request.operation }, request.seconds);
    if (request.compiled === true) this.compiledAnswers.inc();
    if (request.beforeHooks === true) this.hitsBeforeHooks.inc();
  }

  /** The metrics in Prometheus text format. */
  text(): Promise<string> {
    return this.registry.metrics();
  }

  /** The content type of {@link text}. */
  get contentType(): string {
    return this.registry.contentType;
  }
}
