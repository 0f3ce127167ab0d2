import { Writable } from "node:stream";
import type { FastifyBaseLogger } from "fastify";
import { type LoggerOptions, pino } from "pino";
import { describe, expect, it } from "vitest";
import {
  REQUEST_MESSAGE,
  type RequestLineFields,
  requestLineObject,
  requestLineWriter,
} from "../../src/http/requestLine.js";

/** A pino logger at info whose output is collected in `out`; a fixed clock unless told otherwise. */
function collecting(options: LoggerOptions = {}) {
  const out: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      out.push(chunk.toString("utf8"));
      done();
    },
  });
  const logger = pino({ level: "info", timestamp: () => ',"time":42', ...options }, stream);
  return { logger: logger as unknown as FastifyBaseLogger, out };
}

const FIELDS: RequestLineFields[] = [
  { method: "POST", url: "/graphql", status: 200, ms: 0.51, outcome: undefined },
  { method: "GET", url: "/graphql", status: 304, ms: 0, outcome: undefined },
  {
    method: "POST",
    url: "/graphql",
    status: 200,
    ms: 3.14,
    outcome: { operationName: "Trace", errorCodes: [], cached: true },
  },
  {
    method: "POST",
    url: "/graphql",
    status: 400,
    ms: 12,
    outcome: { operationName: null, errorCodes: ["BAD_USER_INPUT", "COST_LIMIT"] },
  },
  { method: "POST", url: "/graphql", status: 429, ms: 0.2, outcome: undefined, client: "10.0.0.7" },
  {
    method: "POST",
    url: "/graphql",
    status: 429,
    ms: 1,
    outcome: { operationName: "Trace", errorCodes: ["RATE_LIMITED"] },
    client: "::ffff:127.0.0.1",
  },
  // Not plain: left to pino.
  { method: "GET", url: '/a"b\\c\u0001', status: 404, ms: 1, outcome: undefined },
  {
    method: "POST",
    url: "/graphql",
    status: 200,
    ms: 1,
    outcome: { operationName: "\ud800é", errorCodes: [] },
  },
];

describe("the request line writer", () => {
  it.each([
    ["pino's defaults", {}],
    ["a level formatter", { formatters: { level: (label: string) => ({ level: label }) } }],
    ["no base bindings", { base: null }],
  ] as const)(
    "writes each line byte for byte as pino does with %s, from a child logger as Fastify's",
    (_name, options) => {
      const fast = collecting(options as LoggerOptions);
      const slow = collecting(options as LoggerOptions);
      const writer = requestLineWriter(fast.logger);
      expect(writer).not.toBeNull();
      const fastChild = fast.logger.child({ reqId: "r-1" });
      const slowChild = slow.logger.child({ reqId: "r-1" });
      const taken = FIELDS.map((fields) => {
        const done = writer?.write(fastChild, fields) ?? false;
        if (!done) fastChild.info(requestLineObject(fields), REQUEST_MESSAGE);
        slowChild.info(requestLineObject(fields), REQUEST_MESSAGE);
        return done;
      });
      expect(taken).toEqual([true, true, true, true, true, true, false, false]);
      expect(fast.out.join("")).toBe(slow.out.join(""));
    },
  );

  it.each([
    ["pino's defaults", {}],
    ["a level formatter", { formatters: { level: (label: string) => ({ level: label }) } }],
    ["no base bindings", { base: null }],
  ] as const)(
    "writes each line by request id byte for byte as Fastify's child logger does, with %s",
    (_name, options) => {
      const fast = collecting(options as LoggerOptions);
      const slow = collecting(options as LoggerOptions);
      const writer = requestLineWriter(fast.logger)?.writeById;
      expect(writer).toBeTypeOf("function");
      const ids = ["r-1", "0b9e7f0e-2f4c-4d51-9a53-5d7c1f1b2a10", "a/b+c=@d", 'not "plain"'];
      const taken = ids.flatMap((id) =>
        FIELDS.map((fields) => {
          const done = writer?.(id, fields) ?? false;
          if (!done)
            fast.logger.child({ reqId: id }).info(requestLineObject(fields), REQUEST_MESSAGE);
          slow.logger.child({ reqId: id }).info(requestLineObject(fields), REQUEST_MESSAGE);
          return done;
        }),
      );
      // Plain ids and fields written here; the rest by pino.
      expect(taken.filter(Boolean)).toHaveLength(3 * 6);
      expect(fast.out.join("")).toBe(slow.out.join(""));
    },
  );

  it("is there for the logger the service makes (pino's defaults)", () => {
    expect(
      requestLineWriter(pino({ level: "info" }) as unknown as FastifyBaseLogger),
    ).not.toBeNull();
  });

  it.each([
    ["a mixin", { mixin: () => ({ extra: 1 }) }],
    ["a message prefix", { msgPrefix: "[http] " }],
    ["a log formatter", { formatters: { log: (o: object) => ({ ...o, extra: 1 }) } }],
    ["a redaction", { redact: ["url"] }],
    ["a serializer", { serializers: { status: () => "hidden" } }],
    ["another message key", { messageKey: "message" }],
    ["a log method hook", { hooks: { logMethod: () => undefined } }],
  ] as const)("leaves the lines to pino with %s", (_name, options) => {
    expect(requestLineWriter(collecting(options as LoggerOptions).logger)).toBeNull();
  });
});
