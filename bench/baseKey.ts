/** The lookup key of a GraphQL request body: the body without the nonce variable `_n`. */
export function baseKey(raw: string): string {
  const request = JSON.parse(raw) as { variables?: Record<string, unknown> };
  if (request.variables) delete request.variables._n;
  return JSON.stringify(request);
}
