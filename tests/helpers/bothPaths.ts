import { request as httpRequest } from "node:http";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll } from "vitest";
import { loadTrustedDocuments } from "../../src/graphql/index.js";
import type { HttpServerOptions } from "../../src/http/index.js";
import type { KnowledgeBase } from "../../src/knowledge/index.js";
import type { KnowledgeBaseHolder } from "../../src/knowledge/KnowledgeBaseHolder.js";
import { parsePrometheus, sampleValue } from "./prometheus.js";
import { overHttp } from "./servers.js";

/**
 * Headers whose values follow the clock or the count of earlier requests (the rate
 * limit's window), not the request: kept, with their values masked.
 */
const CLOCKS: ReadonlySet<string> = new Set(["x-ratelimit-remaining", "x-ratelimit-reset"]);

/**
 * One HTTP exchange, as the wire carried it (but the Date header, {@link CLOCKS}' values and
 * stack frames: see withoutFrames).
 */
export interface Exchange {
  readonly status: number;
  /** Header names (lower case) and values, in the order sent, without `date`. */
  readonly headers: readonly (readonly [string, string])[];
  readonly body: string;
}

/** A request to send as is. */
export interface RawRequest {
  readonly method?: string;
  /** Path and query (default /graphql). */
  readonly path?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

/** A JSON string's text, escapes included. */
const JSON_STRING = String.raw`"(?:[^"\\]|\\.)*"`;
/** An error's stack trace (development mode): its first line, then its frames. */
const STACKTRACE = new RegExp(`"stacktrace":\\[(${JSON_STRING})(?:,${JSON_STRING})*\\]`, "g");

/**
 * `body` with each error's stack frames (development mode's `extensions.stacktrace`) left
 * out, its first line (the error's class and message) kept: the frames say where the error
 * was thrown from, the compiled path's run or Apollo's, and nothing of the answer.
 */
function withoutFrames(body: string): string {
  return body.replace(STACKTRACE, '"stacktrace":[$1,"…"]');
}

/** Sends `request` with node:http (a fresh connection) and records the whole answer. */
export function exchange(url: string, request: RawRequest): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${url}${request.path ?? "/graphql"}`,
      { method: request.method ?? "POST", headers: request.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", reject);
        res.on("end", () => {
          const headers: [string, string][] = [];
          for (let i = 0; i < res.rawHeaders.length; i += 2) {
            const name = (res.rawHeaders[i] ?? "").toLowerCase();
            if (name === "date") continue;
            headers.push([name, CLOCKS.has(name) ? "*" : (res.rawHeaders[i + 1] ?? "")]);
          }
          const body = Buffer.concat(chunks).toString("utf8");
          const masked = withoutFrames(body);
          resolve({
            status: res.statusCode ?? 0,
            // Frames left out, the length is theirs too.
            headers:
              masked === body
                ? headers
                : headers.map(([k, v]) => [k, k === "content-length" ? "*" : v] as const),
            body: masked,
          });
        });
      },
    );
    req.on("error", reject);
    req.end(request.body);
  });
}

/** A running server and how many requests its compiled path has answered. */
export interface PathServer {
  readonly url: string;
  /** Swaps the data it serves, as a reload does. */
  reload(kb: KnowledgeBase): void;
  /** kinetic_graph_compiled_answers_total, read from /metrics on a fresh connection. */
  compiledAnswers(): Promise<number>;
}

/** The same service twice: the compiled path on (`fast`) and forced off (`slow`). */
export interface BothPaths {
  readonly fast: PathServer;
  readonly slow: PathServer;
}

/**
 * Two HTTP servers over the same knowledge base with the same options and the trusted
 * documents (mode `off` unless `options` says), one with the compiled path and one
 * without, started before the file's tests and closed after them. Read the fields inside
 * tests (set in beforeAll).
 */
export function useBothPaths(
  kb: () => Promise<KnowledgeBase>,
  options: Partial<Omit<HttpServerOptions, "holder" | "typeDefs" | "logger">> = {},
): BothPaths {
  const apps: FastifyInstance[] = [];
  const holders: KnowledgeBaseHolder[] = [];
  const server = (index: number, url: () => string): PathServer => ({
    reload(kb) {
      holders[index]?.swap(kb);
    },
    get url() {
      if (apps[index] === undefined) throw new Error("the servers start in beforeAll");
      return url();
    },
    async compiledAnswers() {
      // A fresh connection, as every exchange: a kept-alive one can be reset by the server
      // closing it as idle just as it is reused (ECONNRESET on a busy machine).
      const { body } = await exchange(url(), { method: "GET", path: "/metrics" });
      return (
        sampleValue(parsePrometheus(body).samples, "kinetic_graph_compiled_answers_total") ?? 0
      );
    },
  });
  const urls = { fast: "", slow: "" };
  beforeAll(async () => {
    const base = await kb();
    const trustedDocuments = options.trustedDocuments ?? {
      documents: await loadTrustedDocuments(),
      mode: "off" as const,
    };
    for (const side of ["fast", "slow"] as const) {
      const { app, url, holder } = await overHttp(base, {
        ...options,
        trustedDocuments,
        compiledPath: side === "fast",
      });
      apps.push(app);
      holders.push(holder);
      urls[side] = url;
    }
  });
  afterAll(async () => {
    await Promise.all(apps.map((a) => a.close()));
  });
  return {
    fast: server(0, () => urls.fast),
    slow: server(1, () => urls.slow),
  };
}

/** What {@link sendBoth} saw: both answers, and whether the compiled path answered. */
export interface BothAnswers {
  readonly fast: Exchange;
  readonly slow: Exchange;
  /** Requests the fast server's compiled path answered during the exchange (0 or 1). */
  readonly compiled: number;
}

/** Sends `request` to the server without the compiled path, then to the one with it. */
export async function sendBoth(paths: BothPaths, request: RawRequest): Promise<BothAnswers> {
  const before = await paths.fast.compiledAnswers();
  const { fast, slow } = await exchangeBoth(paths, request);
  return { fast, slow, compiled: (await paths.fast.compiledAnswers()) - before };
}

/**
 * {@link sendBoth} without counting the compiled path's answers, for a test that does not
 * ask which path answered: two reads of /metrics fewer per request.
 */
export async function exchangeBoth(
  paths: BothPaths,
  request: RawRequest,
): Promise<Pick<BothAnswers, "fast" | "slow">> {
  const slow = await exchange(paths.slow.url, request);
  const fast = await exchange(paths.fast.url, request);
  return { fast, slow };
}
