import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Socket } from "node:net";

/**
 * Most requests one connection may have unanswered at once (HTTP/1.1 pipelining): 16.
 * Browsers and the usual HTTP clients send one request at a time per connection, and a
 * client that pipelines needs only a few. Node parses every request of a chunk it reads (up
 * to 64 KiB: about 2 000 bodiless requests) in one turn of the event loop and answers each
 * before reading another connection; without this bound, 100 such chunks from one address,
 * written once and never read, held everyone else's requests for 23 s.
 */
export const MAX_PIPELINED = 16;

/** A socket with its count of requests received and not yet answered. */
interface CountedSocket extends Socket {
  pipelined?: number;
}

/**
 * Closes a connection when its client has more than `max` requests unanswered on it
 * (once Node has parsed the rest of the chunk that holds them), and calls `onRefused`
 * with it at once. The requests over the bound are not handed to the server's handler
 * (Fastify): what Node still parses of the chunk costs a check each. A request whose
 * `Expect` header is not `100-continue` counts too, and is answered 417 by
 * `expectationFailed` (Node's own answer, without this, kept the connection open for
 * more: a stream of them never met the bound). The count is kept on the socket and goes
 * with it.
 */
export function boundPipelining(
  server: Server,
  max: number,
  onRefused: (socket: Socket) => void,
  expectationFailed: Handler,
): void {
  const handlers = server.listeners("request") as Handler[];
  server.removeAllListeners("request");
  /** Counts the request on its socket; false when it is over the bound (the socket is then closed). */
  const admit = (req: IncomingMessage, res: ServerResponse): boolean => {
    const socket: CountedSocket = req.socket;
    const pending = (socket.pipelined ?? 0) + 1;
    socket.pipelined = pending;
    if (pending > max) {
      // Closed once Node has parsed the rest of the chunk: destroying the socket in the
      // middle of it made each request left in the chunk cost more than ignoring it.
      if (pending === max + 1) {
        onRefused(socket);
        setImmediate(() => socket.destroy());
      }
      return false;
    }
    res.on("close", () => {
      socket.pipelined = (socket.pipelined ?? 1) - 1;
    });
    return true;
  };
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    if (admit(req, res)) for (const handler of handlers) handler.call(server, req, res);
  });
  server.on("checkExpectation", (req: IncomingMessage, res: ServerResponse) => {
    if (admit(req, res)) expectationFailed(req, res);
  });
}

/** A listener of node:http's `request` event. */
type Handler = (req: IncomingMessage, res: ServerResponse) => void;
