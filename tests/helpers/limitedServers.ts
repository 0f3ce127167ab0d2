import { get } from "node:http";
import { connect, type Socket } from "node:net";
import type { FastifyInstance } from "fastify";
import { afterEach } from "vitest";
import { loadTypeDefs } from "../../src/graphql/index.js";
import { DEFAULT_SERVICE_LIMITS, type ServiceLimits } from "../../src/graphql/serviceLimits.js";
import { createHttpServer } from "../../src/http/index.js";
import { KnowledgeBaseHolder } from "../../src/knowledge/index.js";
import { fixtureKb } from "./knowledge.js";
import { parsePrometheus } from "./prometheus.js";
import { silentLogger } from "./servers.js";

/**
 * Real HTTP servers over the fixture graph with some service limits changed, each closed
 * after the test that started it: call in a test file's top level, then `appWith(changes)`
 * in its tests (production unless told) resolves the listening server and its URL.
 */
export function useAppsWith(): (
  changes: Partial<ServiceLimits>,
  production?: boolean,
) => Promise<{ app: FastifyInstance; url: string }> {
  const started: FastifyInstance[] = [];
  afterEach(async () => {
    for (const app of started.splice(0)) await app.close();
  });
  return async (changes, production = true) => {
    const app = await createHttpServer({
      holder: new KnowledgeBaseHolder(await fixtureKb()),
      typeDefs: await loadTypeDefs(),
      logger: silentLogger,
      production,
      limits: { ...DEFAULT_SERVICE_LIMITS, ...changes },
    });
    started.push(app);
    return { app, url: await app.listen({ port: 0, host: "127.0.0.1" }) };
  };
}

/** {@link useAppsWith}, resolving the listening URL only. */
export function useServersWith(): (
  changes: Partial<ServiceLimits>,
  production?: boolean,
) => Promise<string> {
  const appWith = useAppsWith();
  return async (changes, production) => (await appWith(changes, production)).url;
}

/**
 * GETs `path` from the server on `port` with the client's end bound to `localAddress` (a
 * loopback address other than 127.0.0.1 is another client to the server, outside the
 * limits the test put 127.0.0.1 at); resolves the body.
 */
export function getFrom(port: number, path: string, localAddress: string): Promise<string> {
  return new Promise((resolve, reject) => {
    get({ port, host: "127.0.0.1", path, localAddress }, (res) => {
      let text = "";
      res.on("data", (d) => {
        text += d;
      });
      res.on("end", () => resolve(text));
    }).on("error", reject);
  });
}

/**
 * /metrics, asked from `localAddress` (default 127.0.0.1) again while the server has not yet
 * seen the test's sockets close (each refused attempt is one more connection refused: counts
 * are at least the test's own). Up to 500 attempts 20 ms apart: the server sees a close
 * within a few ms here, and a busy CI gets ten seconds and more; no clock is read, so a slow
 * machine only takes more attempts. node:http, not fetch: fetch's first request after the
 * server closed the test's connections could hang (seen in each of two runs here).
 */
export async function metricsOf(url: URL, localAddress = "127.0.0.1") {
  for (let attempt = 1; ; attempt++) {
    try {
      return parsePrometheus(await getFrom(Number(url.port), "/metrics", localAddress));
    } catch (err) {
      if (attempt >= 500) throw err;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/**
 * Writes `request` on the open `socket` and resolves the status line of the answer, or
 * "closed" if the connection ends first: waits on the events, not on a clock.
 */
export function answerOn(socket: Socket, request: string): Promise<string> {
  return new Promise((resolve) => {
    let reply = "";
    const onData = (d: Buffer) => {
      reply += d.toString("latin1");
      const end = reply.indexOf("\r\n");
      if (end < 0) return;
      socket.off("close", onClose);
      socket.off("data", onData);
      resolve(reply.slice(0, end));
    };
    const onClose = () => resolve("closed");
    socket.on("data", onData);
    socket.once("close", onClose);
    socket.write(request);
  });
}

/** A raw connection to `port` on 127.0.0.1, errors swallowed (the server may reset it). */
export function rawConnection(port: number): Socket {
  const socket = connect(port, "127.0.0.1");
  socket.on("error", () => undefined);
  return socket;
}
