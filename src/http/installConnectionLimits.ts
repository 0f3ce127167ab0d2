import type { Server } from "node:http";
import type { Socket } from "node:net";
import type { ServiceLimits } from "../graphql/serviceLimits.js";
import { boundPipelining, MAX_PIPELINED } from "./boundPipelining.js";
import { expectationFailed } from "./httpErrors.js";

/** Connections closed by a limit, by the limit that closed them (for /metrics). */
export interface RefusedConnections {
  /** Over CLIENT_MAX_CONNECTIONS of their address. */
  client: number;
  /** Over MAX_CONNECTIONS of the process (node drops them). */
  process: number;
  /**
   * Closed for more than MAX_PIPELINED requests unanswered on one connection, or opened
   * by an address in its PIPELINE_PENALTY_MS after that (see boundPipelining).
   */
  pipelined: number;
}

/**
 * How long an address whose connection was closed for pipelining has every connection
 * closed (its open ones at once, new ones as they arrive): 10 s. Node parses a whole read
 * of pipelined requests before anything of the service runs (64 KiB, about 2 000 of them:
 * 40-90 ms of CPU here, Node's own), so without it an address could make the service pay
 * that once per connection, again and again. Not applied with TRUST_PROXY, whose peers are
 * the proxies (they do not pipeline, and closing one would cut all its clients).
 */
export const PIPELINE_PENALTY_MS = 10_000;

/** Most addresses kept in their penalty at once (the oldest is let go first). */
const PENALIZED_ADDRESSES = 10_000;

/**
 * How a pipelining penalty reaches the other processes serving the port (WORKERS > 1):
 * `announce` tells them of an address this process penalized, `listen` is given what to
 * do when another did. Without one, a penalized address's connections that the primary
 * deals to another worker were served (half of them with two workers).
 */
export interface PenaltyChannel {
  /** Tells the other processes that `address` is in its penalty from now. */
  announce(address: string): void;
  /** Calls `penalize` with each address another process announced. */
  listen(penalize: (address: string) => void): void;
}

/** The limits {@link installConnectionLimits} applies. */
export type ConnectionLimits = Pick<
  ServiceLimits,
  "maxConnections" | "clientMaxConnections" | "trustProxyHops"
>;

/**
 * Limits on connections, by the address they come from: at most `maxConnections` in all
 * (node drops more) and `clientMaxConnections` per address (more are closed as they
 * arrive); a connection with more than MAX_PIPELINED requests unanswered is closed, and
 * without TRUST_PROXY its address's connections with it, for PIPELINE_PENALTY_MS. Counts
 * each refusal in `refused`. What is kept per address lives while it has connections
 * (and, for at most PENALIZED_ADDRESSES addresses, during its penalty). With `penalties`,
 * a penalty is announced to the other processes and theirs applied here alike (not counted
 * again in `refused`).
 */
export function installConnectionLimits(
  server: Server,
  limits: ConnectionLimits,
  refused: RefusedConnections,
  penalties?: PenaltyChannel,
): void {
  server.maxConnections = limits.maxConnections;
  server.on("drop", () => {
    refused.process++;
  });
  const open = new Map<string, Set<Socket>>();
  const penalized = new Map<string, number>();
  const penalty = limits.trustProxyHops === 0;
  const inPenalty = (address: string): boolean => {
    const until = penalized.get(address);
    if (until === undefined) return false;
    if (until > Date.now()) return true;
    penalized.delete(address);
    return false;
  };
  /** Puts `address` in its penalty and closes its open connections but `except`. */
  const penalize = (address: string, except?: Socket) => {
    penalized.delete(address);
    penalized.set(address, Date.now() + PIPELINE_PENALTY_MS);
    if (penalized.size > PENALIZED_ADDRESSES) {
      for (const oldest of penalized.keys()) {
        penalized.delete(oldest);
        break;
      }
    }
    // Now, not later: those with a read waiting are then never parsed.
    for (const other of open.get(address) ?? []) if (other !== except) other.destroy();
  };
  boundPipelining(
    server,
    MAX_PIPELINED,
    (socket) => {
      refused.pipelined++;
      const address = socket.remoteAddress ?? "";
      if (!penalty) return;
      penalize(address, socket);
      penalties?.announce(address);
    },
    expectationFailed,
  );
  if (penalty) penalties?.listen((address) => penalize(address));
  // Ahead of node:http's own listener (and any other), which it calls only for a connection
  // kept: a refused one costs its accept, this check and its close, never an HTTP parser,
  // the server's timers' list entry and the socket's listeners.
  const listeners = server.listeners("connection") as ((socket: Socket) => void)[];
  server.removeAllListeners("connection");
  server.on("connection", (socket: Socket) => {
    const address = socket.remoteAddress ?? "";
    if (penalty && inPenalty(address)) {
      refused.pipelined++;
      socket.destroy();
      return;
    }
    const sockets = open.get(address) ?? new Set<Socket>();
    if (sockets.size >= limits.clientMaxConnections) {
      refused.client++;
      socket.destroy();
      return;
    }
    sockets.add(socket);
    open.set(address, sockets);
    socket.once("close", () => {
      sockets.delete(socket);
      if (sockets.size === 0 && open.get(address) === sockets) open.delete(address);
    });
    for (const listener of listeners) listener.call(server, socket);
  });
}
