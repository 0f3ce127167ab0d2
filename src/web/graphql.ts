import type { Operation } from "./generated/operations.js";

/** A GraphQL error as the API sends it. */
export interface ApiError {
  readonly message: string;
  readonly extensions?: { readonly code?: string; readonly argument?: string };
}

/** How the page names an argument the API refused: the field the runner typed it in. */
const ARGUMENT_WORDS: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/^symptoms\[(\d+)\]$/, (m) => `Complaint ${Number(m[1]) + 1}`],
  [/^symptoms$/, () => "The complaints"],
  [/^(query|prefix)$/, () => "The search"],
  [/^evidence/, () => "The answers"],
];

/**
 * An API error in a runner's words: the argument named as the field it came from, the
 * rest as the API says it (what went wrong: what is allowed), without codes; the rate
 * limit as how long to wait (`retryAfter`, the seconds the service's retry-after gave).
 */
export function friendlyMessage(e: ApiError, retryAfter: number | null = null): string {
  // The rate limit's own words speak of headers; a runner needs how long to wait.
  if (e.extensions?.code === "RATE_LIMITED") {
    const wait =
      retryAfter !== null && Number.isFinite(retryAfter) && retryAfter > 0
        ? `about ${Math.ceil(retryAfter)} seconds`
        : "a minute";
    return `Too many requests from your connection just now: wait ${wait}, then try again`;
  }
  const argument = e.extensions?.argument;
  if (argument === undefined || !e.message.startsWith(`${argument}: `)) return e.message;
  const rest = e.message.slice(argument.length + 2);
  for (const [pattern, words] of ARGUMENT_WORDS) {
    const m = pattern.exec(argument);
    if (m) return `${words(m)} ${rest}`;
  }
  return e.message;
}

/** Thrown when the API answers with errors: the message is the API's own, in a runner's words. */
export class ApiFailure extends Error {
  /** The codes the API sent (extensions.code), for logic; never shown. */
  readonly codes: readonly string[];
  constructor(
    readonly errors: readonly ApiError[],
    retryAfter: number | null = null,
  ) {
    // Two fields refusing the same argument (search and searchFacets) say it once.
    super([...new Set(errors.map((e) => friendlyMessage(e, retryAfter)))].join("; "));
    this.codes = errors.map((e) => e.extensions?.code ?? "ERROR");
  }
}

/**
 * An answer's root fields without their null: the API's root fields are nullable so that
 * one bad argument nulls only its field, and such a field always comes with its error,
 * which {@link gql} throws.
 */
export type Answered<T> = { [K in keyof T]: NonNullable<T[K]> };

/**
 * Runs one of the explorer's operations (generated from src/web/operations.graphql) against
 * the service's own /graphql endpoint, like any client; the result is typed by the schema,
 * root fields still nullable: for a field whose null is an answer (`entity(id)`: no such id).
 * `signal` (default none) cancels the request (a lookup past its bound, see withinLookup).
 */
export async function gqlNullable<T, V>(
  query: Operation<T, V>,
  variables: V,
  signal?: AbortSignal,
): Promise<T> {
  let res: Response;
  try {
    res = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
      ...(signal === undefined ? {} : { signal }),
    });
  } catch {
    throw new ApiFailure([
      {
        message: "The service cannot be reached: check your connection, then try again",
        extensions: { code: "UNREACHABLE" },
      },
    ]);
  }
  const body = (await res.json().catch(() => ({}))) as { data?: T; errors?: ApiError[] };
  const retryAfter = res.headers.get("retry-after");
  if (body.errors?.length) {
    throw new ApiFailure(body.errors, retryAfter === null ? null : Number(retryAfter));
  }
  if (!res.ok || body.data == null) {
    throw new ApiFailure([
      {
        message: `The service answered HTTP ${res.status}: try again`,
        extensions: { code: `HTTP_${res.status}` },
      },
    ]);
  }
  return body.data;
}

/**
 * {@link gqlNullable} for operations whose root fields are null only with an error: the
 * result without their null.
 */
export async function gql<T, V>(
  query: Operation<T, V>,
  variables: V,
  signal?: AbortSignal,
): Promise<Answered<T>> {
  const data: Record<string, unknown> = (await gqlNullable(query, variables, signal)) as Record<
    string,
    unknown
  >;
  if (Object.values(data).some((v) => v === null)) {
    throw new ApiFailure([{ message: "The service left an answer out: try again" }]);
  }
  return data as Answered<T>;
}

/**
 * The ids of the answers an API error refuses as naming nothing (BAD_USER_INPUT on
 * `evidence[i]`, `evidence` being the answers sent): a link whose answer names a finding
 * the graph no longer has. Empty for any other error.
 */
export function refusedAnswers(
  err: unknown,
  evidence: readonly { readonly id: string | number }[],
): string[] {
  if (!(err instanceof ApiFailure)) return [];
  return err.errors.flatMap((e) => {
    const m = /^evidence\[(\d+)\]/.exec(e.extensions?.argument ?? "");
    const answer =
      m && e.extensions?.code === "BAD_USER_INPUT" ? evidence[Number(m[1])] : undefined;
    return answer ? [String(answer.id)] : [];
  });
}

/** Codes of failures that are no fault of what was typed: the same request may pass later. */
const PASSING =
  /^(?:RATE_LIMITED|UNREACHABLE|REQUEST_TIMEOUT|INTERNAL_SERVER_ERROR|HTTP_(?:408|429|5\d\d))$/;

/**
 * What to tell a runner to do after a failure `err`: when each of its codes is a passing one
 * (the rate limit, no connection, the service's own fault), that nothing typed was wrong and
 * to try again; otherwise (an input refused) to change what was typed. Either way it is kept.
 */
export function errorHint(err: unknown): string {
  const codes = err instanceof ApiFailure ? err.codes : [];
  return codes.length > 0 && codes.every((c) => PASSING.test(c))
    ? "Nothing you typed was wrong, and it is kept: try again in a moment."
    : "What you typed is kept: change it and try again.";
}
