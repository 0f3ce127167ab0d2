/** A GraphQL error as the API sends it. */
export interface ApiError {
  readonly message: string;
  readonly extensions?: { readonly code?: string };
}

/** Thrown when the API answers with errors: the message is the API's own, shown as is. */
export class ApiFailure extends Error {
  constructor(readonly errors: readonly ApiError[]) {
    super(errors.map((e) => `${e.message} (${e.extensions?.code ?? "ERROR"})`).join("; "));
  }
}

/** Runs a query against the service's own /graphql endpoint, like any client. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiFailure([{ message: "the service cannot be reached: check that it is running" }]);
  }
  const body = (await res.json().catch(() => ({}))) as { data?: T; errors?: ApiError[] };
  if (body.errors?.length) throw new ApiFailure(body.errors);
  if (!res.ok || body.data === undefined) throw new ApiFailure([{ message: `HTTP ${res.status}` }]);
  return body.data;
}
