import { randomUUID } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";

/** Longest `x-request-id` taken from a client or proxy; longer ones are replaced. */
export const MAX_REQUEST_ID_LENGTH = 128;

/**
 * Characters allowed in a caller's request id: letters, digits and `-_.:/+=@` (UUIDs,
 * ULIDs, base64 and the ids load balancers send). Anything else (spaces, quotes, control
 * characters that could forge a log line) gets the whole id replaced, never trimmed.
 */
const SAFE_ID = new RegExp(`^[A-Za-z0-9\\-_.:/+=@]{1,${MAX_REQUEST_ID_LENGTH}}$`);

/** W3C trace context: version 00, 32 hex trace id (not all zeros), 16 hex parent id, flags. */
const TRACEPARENT = /^[\da-f]{2}-([\da-f]{32})-[\da-f]{16}-[\da-f]{2}$/;

/** The one value of a header that may have been sent several times (the first). */
function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The id of a request, as logged, echoed in `x-request-id` and shown in masked errors:
 * the caller's `x-request-id` when it is 1..128 safe characters; else the trace id of a
 * valid W3C `traceparent` (so logs join the caller's trace); else a random UUID, unique
 * across workers and replicas.
 */
export function requestIdOf(headers: IncomingHttpHeaders): string {
  const given = header(headers, "x-request-id");
  if (given !== undefined && SAFE_ID.test(given)) return given;
  const trace = TRACEPARENT.exec(header(headers, "traceparent") ?? "")?.[1];
  if (trace !== undefined && !/^0+$/.test(trace)) return trace;
  return randomUUID();
}
