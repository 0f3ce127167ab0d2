/**
 * OpenTelemetry tracing, opt-in: serve.ts imports this module only when
 * OTEL_EXPORTER_OTLP_ENDPOINT is set, so without it nothing of OpenTelemetry is loaded.
 * Each request gets one trace: the HTTP request span of Fastify's official
 * instrumentation (@fastify/otel, which also continues a caller's `traceparent`), and
 * under it a span per GraphQL operation named after it, with parse, validate and
 * execute spans below. Spans are batched to the OTLP/HTTP collector at
 * `$OTEL_EXPORTER_OTLP_ENDPOINT/v1/traces` (the exporter reads the standard OTEL_*
 * variables: OTEL_SERVICE_NAME, OTEL_EXPORTER_OTLP_HEADERS, ...).
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { FastifyOtelInstrumentation } from "@fastify/otel";
import { context, type Span, SpanStatusCode, type Tracer, trace } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import {
  BatchSpanProcessor,
  type SpanExporter,
  type SpanProcessor,
} from "@opentelemetry/sdk-trace-base";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import type { FastifyPluginCallback } from "fastify";
import type { Context } from "../graphql/index.js";

/** What the HTTP server needs to trace requests (see HttpServerOptions.tracing). */
export interface Tracing {
  /** Fastify's instrumentation: register before any route. */
  readonly fastifyPlugin: FastifyPluginCallback;
  /** Spans of each GraphQL operation. */
  readonly apolloPlugin: ApolloServerPlugin<Context>;
  /** Flushes the spans not yet exported and stops. */
  shutdown(): Promise<void>;
}

/** Options of {@link startTracing}; the defaults export over OTLP/HTTP in batches. */
export interface TracingOptions {
  /** Where spans go (default: OTLP/HTTP to OTEL_EXPORTER_OTLP_ENDPOINT). */
  readonly exporter?: SpanExporter;
  /** How they get there (default: a BatchSpanProcessor over `exporter`; tests pass a simple one). */
  readonly processor?: (exporter: SpanExporter) => SpanProcessor;
}

/** Starts tracing and registers the tracer provider globally (one per process). */
export function startTracing(options: TracingOptions = {}): Tracing {
  const exporter = options.exporter ?? new OTLPTraceExporter();
  const processor = (options.processor ?? ((e) => new BatchSpanProcessor(e)))(exporter);
  const provider = new NodeTracerProvider({ spanProcessors: [processor] });
  provider.register();
  const instrumentation = new FastifyOtelInstrumentation({ registerOnInitialization: false });
  instrumentation.setTracerProvider(provider);
  const tracer = provider.getTracer("kinetic-graph");
  return {
    fastifyPlugin: instrumentation.plugin() as unknown as FastifyPluginCallback,
    apolloPlugin: graphqlSpans(tracer),
    shutdown: () => provider.shutdown(),
  };
}

/**
 * An Apollo plugin making a span per operation (renamed `query <Name>` once resolved),
 * child of the active HTTP request span, with parse, validate and execute spans under it.
 */
function graphqlSpans(tracer: Tracer): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const operation = tracer.startSpan("graphql");
      const parent = trace.setSpan(context.active(), operation);
      const step = (name: string) => {
        const span = tracer.startSpan(name, undefined, parent);
        return async (err?: unknown) => end(span, err);
      };
      return {
        async parsingDidStart() {
          return step("graphql.parse");
        },
        async validationDidStart() {
          const done = step("graphql.validate");
          return async (errors?: readonly Error[]) => done(errors?.[0]);
        },
        async didResolveOperation({ operationName, operation: op }) {
          const kind = op?.operation ?? "query";
          operation.updateName(`${kind} ${operationName ?? "anonymous"}`);
          operation.setAttribute("graphql.operation.name", operationName ?? "");
          operation.setAttribute("graphql.operation.type", kind);
        },
        async executionDidStart() {
          const done = step("graphql.execute");
          return { executionDidEnd: async (err?: Error) => done(err) };
        },
        async didEncounterErrors({ errors }) {
          operation.setStatus({ code: SpanStatusCode.ERROR, message: errors[0]?.message });
        },
        async willSendResponse() {
          operation.end();
        },
      };
    },
  };
}

/** Ends `span`, marked failed when `err` is given. */
function end(span: Span, err?: unknown): void {
  if (err !== undefined) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: String(err) });
  }
  span.end();
}
