import { connect } from "node:net";
import { parsePrometheus, sampleValue } from "./prometheus.js";

/** Requests the service at `url` is answering, per its /metrics. */
export async function inFlight(url: string): Promise<number | undefined> {
  return sampleValue(
    parsePrometheus(await (await fetch(`${url}/metrics`)).text()).samples,
    "kinetic_graph_requests_in_flight",
  );
}

/**
 * Opens a POST to `url` whose body trickles in, a byte every 100 ms: the request stays in
 * flight as long as the test likes. Returns what ends it.
 */
export function trickle(url: string): () => void {
  const socket = connect(Number(new URL(url).port), "127.0.0.1");
  socket.on("error", () => {});
  socket.write(
    "POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 100000\r\n\r\n{",
  );
  const timer = setInterval(() => socket.write(" "), 100);
  return () => {
    clearInterval(timer);
    socket.destroy();
  };
}

/**
 * Waits until the service counts a trickling request in flight: two, with the /metrics
 * scrape asking (the server counts a request once it has read its headers).
 */
export async function untilTrickleInFlight(url: string): Promise<void> {
  while (((await inFlight(url)) ?? 0) < 2) await new Promise((r) => setTimeout(r, 20));
}
