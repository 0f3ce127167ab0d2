/** A raw HTTP exchange: status, content type and the parsed JSON body (null when not JSON). */
export interface RawResponse {
  readonly status: number;
  readonly contentType: string;
  readonly body: {
    errors?: { message: string; extensions?: { code?: string } }[];
    data?: unknown;
  } | null;
  readonly text: string;
}

/** Sends a request as is (no GraphQL helpers), to test what the server does with anything. */
export async function send(
  url: string,
  init: RequestInit & { path?: string } = {},
): Promise<RawResponse> {
  const res = await fetch(`${url}${init.path ?? "/graphql"}`, init);
  const text = await res.text();
  let body: RawResponse["body"] = null;
  try {
    body = JSON.parse(text) as RawResponse["body"];
  } catch {
    body = null;
  }
  return { status: res.status, contentType: res.headers.get("content-type") ?? "", body, text };
}

/** A JSON POST of a GraphQL request. */
export function postJson(url: string, payload: unknown, headers: Record<string, string> = {}) {
  return send(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof payload === "string" ? payload : JSON.stringify(payload),
  });
}
