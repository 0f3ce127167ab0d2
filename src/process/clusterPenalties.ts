/**
 * The pipelining penalty with WORKERS > 1 (see installConnectionLimits): a worker that
 * penalizes an address tells the primary, which passes it on to every other worker, so the
 * address's connections are refused whichever worker the primary deals them to (before,
 * with two workers, half of them were served). One message of one address per penalty,
 * which costs the client a connection and 17 pipelined requests; the primary keeps nothing.
 */
import cluster from "node:cluster";
import type { PenaltyChannel } from "../http/installConnectionLimits.js";

/** The message: worker → primary, and primary → the other workers. */
const PENALTY = "kinetic-graph:penalty";

/** Longest address passed on: an IPv6 address with a zone fits; anything longer is not an address. */
const MAX_ADDRESS_LENGTH = 64;

interface Message {
  readonly type?: string;
  readonly address?: unknown;
}

/** An address from a message, or null when it is none. */
function addressOf(message: Message): string | null {
  if (message?.type !== PENALTY) return null;
  const { address } = message;
  return typeof address === "string" && address.length <= MAX_ADDRESS_LENGTH ? address : null;
}

/** In the primary: passes each worker's penalty on to every other connected worker. */
export function relayPenalties(): void {
  cluster.on("message", (from, message: Message) => {
    const address = addressOf(message);
    if (address === null) return;
    for (const worker of Object.values(cluster.workers ?? {})) {
      if (worker !== undefined && worker !== from && worker.isConnected())
        worker.send({ type: PENALTY, address });
    }
  });
}

/** In a worker: the channel installConnectionLimits announces its penalties on and hears the others'. */
export function clusterPenalties(): PenaltyChannel {
  return {
    announce(address) {
      process.send?.({ type: PENALTY, address });
    },
    listen(penalize) {
      process.on("message", (message: Message) => {
        const address = addressOf(message);
        if (address !== null) penalize(address);
      });
    },
  };
}
