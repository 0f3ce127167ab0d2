/**
 * Whether a GraphQL answer may be kept and given again as it is (by the response cache, and
 * by HTTP caches through its ETag and max-age): HTTP 200 and no `errors` in its JSON. Read
 * from the bytes about to be sent, not from what a log recorded: Apollo writes `errors`
 * first (its orderExecutionResultFields, as the GraphQL spec recommends), so an answer
 * without errors starts with `{"data":`. An answer replaced on the way out (too large:
 * RESPONSE_TOO_LARGE, HTTP 400) is not storable either.
 */
export function isStorableAnswer(status: number, payload: unknown): payload is string {
  return status === 200 && typeof payload === "string" && payload.startsWith('{"data":');
}
