import type { Socket } from "node:net";
import type { FastifyInstance } from "fastify";

/**
 * Bounds of a lingering close: after answering a request whose body was not read (413),
 * the server reads and drops at most `maxBytes` more of it for at most `maxMs`, as nginx
 * does, then closes. Enough for a client that sends a body of a few MiB before reading
 * the answer; a client sending more, or slower, is cut (the bound is the point).
 */
export const LINGER = { maxBytes: 4 * 2 ** 20, maxMs: 3000 } as const;

/**
 * Answers requests whose body is left unread (the 413 of an oversized body sent without
 * `Expect: 100-continue`) with `connection: close`, then closes by lingering: the
 * server half-closes (the client reads the answer to its end) and drops what still
 * arrives, within {@link LINGER}. Closing at once with input unread makes the kernel
 * answer with a reset, and the client, still sending, usually never sees the 413.
 */
export function installLingeringClose(app: FastifyInstance): void {
  app.addHook("onSend", (request, reply, payload, done) => {
    if (reply.statusCode === 413 && !request.raw.complete) {
      reply.header("connection", "close");
      lingerOn(request.raw.socket);
    }
    done(null, payload);
  });
}

/** How often a lingering socket's bytes read are checked against the bound. */
const CHECK_MS = 20;

/**
 * Replaces the socket's close-after-response with a lingering close. Node's HTTP parser
 * reads the socket natively (no "data" events), dropping the rest of the body: the bytes
 * it took are read from `socket.bytesRead`.
 */
function lingerOn(socket: Socket): void {
  socket.destroySoon = () => {
    const startBytes = socket.bytesRead;
    const started = Date.now();
    const check = setInterval(() => {
      const over = socket.bytesRead - startBytes > LINGER.maxBytes;
      if (over || Date.now() - started >= LINGER.maxMs) cut();
    }, CHECK_MS);
    const cut = () => {
      clearInterval(check);
      socket.destroy();
    };
    socket.once("close", () => clearInterval(check));
    socket.once("end", cut);
    socket.end();
  };
}
