import { connect } from "node:net";

/** What a client that sent an oversized body without waiting got back. */
export interface OversizedOutcome {
  /** The response's status line and headers, as read before the connection ended. */
  readonly head: string;
  /** How the connection ended: "end" (closed cleanly), or the socket error code (ECONNRESET, EPIPE). */
  readonly ended: string;
  /** Body bytes written before the connection ended. */
  readonly sent: number;
}

/**
 * POSTs `bytes` of body to /graphql on a raw socket, without Expect: 100-continue, in
 * 64 KiB pieces as fast as the connection takes them (the next piece once the last has
 * drained: back-pressure, no timers, so a busy machine slows client and server alike),
 * and reads whatever comes back until the connection ends or errs.
 */
export function postOversized(url: string, bytes: number): Promise<OversizedOutcome> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    // Half-open allowed: like curl, it keeps sending its body after the server's FIN.
    const socket = connect({ port: Number(port), host: hostname, allowHalfOpen: true });
    let received = "";
    let sent = 0;
    let settled = false;
    const finish = (ended: string) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve({ head: received.split("\r\n\r\n")[0] ?? "", ended, sent });
    };
    socket.on("data", (d) => {
      received += d.toString("latin1");
    });
    socket.on("error", (err: NodeJS.ErrnoException) => finish(err.code ?? "error"));
    socket.on("close", () => finish("end"));
    socket.write(
      `POST /graphql HTTP/1.1\r\nhost: ${hostname}\r\ncontent-type: application/json\r\ncontent-length: ${bytes}\r\n\r\n`,
    );
    const piece = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (!settled && !socket.destroyed) {
        if (sent >= bytes) {
          socket.end();
          return;
        }
        const n = Math.min(piece.length, bytes - sent);
        sent += n;
        if (!socket.write(piece.subarray(0, n))) {
          socket.once("drain", pump);
          return;
        }
      }
    };
    pump();
  });
}
