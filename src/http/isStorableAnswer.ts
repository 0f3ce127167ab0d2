/** How an answer without errors starts (see {@link isStorableAnswer}). */
const DATA_FIRST = '{"data":';
const DATA_FIRST_BYTES = Buffer.from(DATA_FIRST);

/**
 * Whether a GraphQL answer may be kept and given again as it is (by the response cache, and
 * by HTTP caches through its ETag and max-age): HTTP 200 and no `errors` in its JSON. Read
 * from the bytes about to be sent (text from Apollo, bytes from the compiled path), not
 * from what a log recorded: Apollo writes `errors` first (its orderExecutionResultFields,
 * as the GraphQL spec recommends), so an answer without errors starts with `{"data":`. An
 * answer replaced on the way out (too large: RESPONSE_TOO_LARGE, HTTP 400) is not storable
 * either.
 */
export function isStorableAnswer(status: number, payload: unknown): payload is string | Buffer {
  if (status !== 200) return false;
  if (typeof payload === "string") return payload.startsWith(DATA_FIRST);
  return (
    Buffer.isBuffer(payload) &&
    payload.length >= DATA_FIRST_BYTES.length &&
    DATA_FIRST_BYTES.equals(payload.subarray(0, DATA_FIRST_BYTES.length))
  );
}
