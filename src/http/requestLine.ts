import type { FastifyBaseLogger } from "fastify";
import { pino } from "pino";
import type { RequestOutcome } from "../graphql/index.js";

/** The fields of a request log line, in the order written. */
export interface RequestLineFields {
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly ms: number;
  /** Set for GraphQL requests: the operation, its error codes, whether the cache answered. */
  readonly outcome: RequestOutcome | undefined;
  /** Set for a request a per-client limit refused (429): the client address it counted. */
  readonly client?: string | undefined;
}

/** Writes the request line of a request logged by `log` (its child logger); false when it cannot, and pino must. */
export type RequestLineWriter = (log: FastifyBaseLogger, fields: RequestLineFields) => boolean;

/**
 * Writes the request line of the request with id `reqId` as its Fastify child logger
 * would, without that child; false when it cannot, and pino must.
 */
export type RequestLineByIdWriter = (reqId: string, fields: RequestLineFields) => boolean;

/** The writers {@link requestLineWriter} makes: by child logger, and by request id when pino's children allow it. */
export interface RequestLineWriters {
  readonly write: RequestLineWriter;
  readonly writeById: RequestLineByIdWriter | null;
}

/** A request id the by-id writer is checked with against pino's own child logger. */
const SAMPLE_ID = "0f3c2a9e-sample";

/** The pino internals a line is built from (pino.symbols: exported for integrations). */
type PinoInternals = Record<symbol, unknown>;

const {
  asJsonSym,
  chindingsSym,
  endSym,
  lsCacheSym,
  messageKeySym,
  mixinSym,
  streamSym,
  timeSym,
  needsMetadataGsym,
  hooksSym,
} = pino.symbols;
/** Exported by pino at run time, not in its types; undefined elsewhere, and then no writer. */
const msgPrefixSym = (pino.symbols as unknown as Record<string, symbol | undefined>).msgPrefixSym;

/** Strings JSON writes as they are between quotes, whatever the serialiser: printable ASCII but `"` and `\`. */
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** The message of every request line. */
export const REQUEST_MESSAGE = "request";

/** The object pino is given for a request line: the same fields, the same order. */
export function requestLineObject(fields: RequestLineFields): Record<string, unknown> {
  const { method, url, status, ms, outcome, client } = fields;
  const line: Record<string, unknown> =
    outcome === undefined
      ? { method, url, status, ms }
      : {
          method,
          url,
          status,
          ms,
          operation: outcome.operationName,
          errors: outcome.errorCodes,
          cached: outcome.cached ?? false,
        };
  if (client !== undefined) line.client = client;
  return line;
}

/** The fields as pino's JSON writes them (`,"method":"POST",…`), or null when one is not plain. */
function fieldsJson(fields: RequestLineFields): string | null {
  const { method, url, status, ms, outcome, client } = fields;
  if (!PLAIN.test(method) || !PLAIN.test(url) || !Number.isFinite(ms)) return null;
  if (client !== undefined && !PLAIN.test(client)) return null;
  const head = `,"method":"${method}","url":"${url}","status":${status},"ms":${ms}`;
  const tail = client === undefined ? "" : `,"client":"${client}"`;
  if (outcome === undefined) return head + tail;
  const name = outcome.operationName;
  if (name !== null && (typeof name !== "string" || !PLAIN.test(name))) return null;
  const operation = name === null ? "null" : `"${name}"`;
  return `${head},"operation":${operation},"errors":${JSON.stringify(outcome.errorCodes)},"cached":${outcome.cached ?? false}${tail}`;
}

/** Lines the check compares with pino's own: plain and not, GraphQL and not. */
const SAMPLES: readonly RequestLineFields[] = [
  { method: "POST", url: "/graphql", status: 200, ms: 0.51, outcome: undefined },
  { method: "GET", url: "/health", status: 503, ms: 12, outcome: undefined },
  { method: "GET", url: "/health", status: 429, ms: 0.1, outcome: undefined, client: "::1" },
  {
    method: "POST",
    url: "/graphql",
    status: 200,
    ms: 1.25,
    outcome: { operationName: "Search", errorCodes: [], cached: true },
  },
  {
    method: "POST",
    url: "/graphql",
    status: 400,
    ms: 0,
    outcome: { operationName: null, errorCodes: ["BAD_USER_INPUT", "X"] },
  },
];

/**
 * A writer of request lines byte for byte as `log.info(requestLineObject(fields),
 * "request")` writes them, without pino's general path (its object walk is most of a
 * line's cost), or null when the logger is configured in a way it does not reproduce:
 * a mixin, a message prefix, log or stream-write hooks, a stream that wants metadata, or
 * any formatter, serializer or redaction that makes pino's own JSON of the samples differ
 * (checked here, once). A line whose strings are not plain printable ASCII, or from a
 * child logger of another level, is left to pino (the writer returns false). With it, a
 * writer by request id (null unless a child's bindings come out as checked here, once).
 */
export function requestLineWriter(logger: FastifyBaseLogger): RequestLineWriters | null {
  const pinoLogger = logger as unknown as PinoInternals;
  const hooks = pinoLogger[hooksSym] as { logMethod?: unknown; streamWrite?: unknown } | undefined;
  const stream = pinoLogger[streamSym] as { write?: unknown } | undefined;
  const asJson = pinoLogger[asJsonSym];
  const level = (logger as unknown as { levels?: { values?: Record<string, number> } }).levels
    ?.values?.info;
  const prefix = (pinoLogger[lsCacheSym] as Record<number, string> | undefined)?.[level ?? -1];
  const end = pinoLogger[endSym];
  if (
    msgPrefixSym === undefined ||
    pinoLogger[mixinSym] ||
    pinoLogger[msgPrefixSym] !== undefined ||
    hooks?.logMethod !== undefined ||
    hooks?.streamWrite !== undefined ||
    typeof stream?.write !== "function" ||
    (stream as Record<symbol, unknown>)[needsMetadataGsym] === true ||
    typeof asJson !== "function" ||
    typeof pinoLogger[timeSym] !== "function" ||
    pinoLogger[messageKeySym] !== "msg" ||
    typeof prefix !== "string" ||
    typeof end !== "string"
  ) {
    return null;
  }
  const tail = `,"msg":"${REQUEST_MESSAGE}"${end}`;
  const build = (chindings: string, time: string, json: string) =>
    `${prefix}${time}${chindings}${json}${tail}`;
  const chindingsOf = (log: FastifyBaseLogger) => (log as unknown as PinoInternals)[chindingsSym];
  const ownChindings = chindingsOf(logger);
  for (const sample of SAMPLES) {
    const json = fieldsJson(sample);
    const time = ',"time":1764590000000';
    const theirs = asJson.call(logger, requestLineObject(sample), REQUEST_MESSAGE, level, time);
    if (
      json === null ||
      typeof ownChindings !== "string" ||
      theirs !== build(ownChindings, time, json)
    )
      return null;
  }
  const write = (stream.write as (line: string) => unknown).bind(stream);
  // The logger's timestamp function (children inherit it), called as pino calls it.
  const clock = pinoLogger[timeSym] as (this: unknown) => string;
  const writer: RequestLineWriter = (log, fields) => {
    const chindings = chindingsOf(log);
    const json = fieldsJson(fields);
    if (json === null || typeof chindings !== "string" || log.level !== logger.level) return false;
    const time = String(clock.call(log));
    write(build(chindings, time, json));
    return true;
  };
  // Fastify's child logger of a request binds its id as `reqId`: the same line is written
  // without making that child, when pino's child writes the bindings as this does.
  const child = logger.child({ reqId: SAMPLE_ID });
  if (
    chindingsOf(child) !== `${ownChindings},"reqId":"${SAMPLE_ID}"` ||
    child.level !== logger.level
  ) {
    return { write: writer, writeById: null };
  }
  return {
    write: writer,
    writeById: (reqId, fields) => {
      const json = fieldsJson(fields);
      if (json === null || !PLAIN.test(reqId)) return false;
      const time = String(clock.call(logger));
      write(build(`${ownChindings},"reqId":"${reqId}"`, time, json));
      return true;
    },
  };
}
