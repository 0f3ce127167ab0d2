import { createServer } from "node:net";

/** Why binding the server's socket can fail, said for the operator who set HOST and PORT. */
const LISTEN_PROBLEMS: Readonly<Record<string, string>> = {
  EADDRINUSE:
    "the port is taken by another process: set PORT to a free port (0 picks one) or stop that process",
  EACCES:
    "this user may not bind the port (below 1024 needs privileges): set PORT to 1024 or above",
  EADDRNOTAVAIL:
    "no interface of this machine has that address: set HOST to one of its addresses, or 0.0.0.0 for all",
  ENOTFOUND:
    "the host name does not resolve: set HOST to an IP address or a name this machine resolves",
  EAI_AGAIN: "the host name could not be resolved (DNS did not answer): set HOST to an IP address",
  EINVAL:
    "this address cannot be bound as given (an IPv6 link-local address such as fe80::1 needs an interface): set HOST to another address of this machine, or 0.0.0.0 or :: for all",
  EAFNOSUPPORT:
    "this machine does not support the address's family (IPv6 turned off): set HOST to an IPv4 address, or 0.0.0.0 for all",
};

/**
 * The message of a failed `listen` on `host`:`port`, `what went wrong: how to fix it`,
 * naming HOST or PORT; null when the error is not one the configuration can fix.
 */
export function listenProblem(err: unknown, host: string, port: number): string | null {
  const code = (err as NodeJS.ErrnoException | null)?.code ?? "";
  const fix = LISTEN_PROBLEMS[code];
  return fix === undefined ? null : `cannot listen on ${host}:${port} (${code}): ${fix}`;
}

/**
 * Binds `host`:`port` and lets go of it at once: the error a server's `listen` there would
 * meet now (the port taken, the address not this machine's), or null when it could bind.
 * serve asks it before loading graph-data, so a start that cannot listen says so at once
 * instead of after the load and the server's build (seconds of CPU on large data); the
 * server's own `listen` still reports what changes in between.
 */
export function probeListen(host: string, port: number): Promise<NodeJS.ErrnoException | null> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", (err: NodeJS.ErrnoException) => resolve(err));
    server.listen({ host, port }, () => server.close(() => resolve(null)));
  });
}
