import { Agent, request } from "node:http";

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

/** A client of one server on one kept-alive connection: see {@link keptAliveClient}. */
export interface KeptAliveClient {
  /** POSTs `body` as JSON to `path` (default /graphql); resolves the status and the body's text. */
  post(body: string, path?: string): Promise<{ status: number; text: string }>;
  /** Closes the connection. */
  close(): void;
}

/**
 * A node:http client that sends one request at a time on one kept-alive connection to
 * `url`: about a fifth of fetch's CPU per request, for tests that send thousands (fetch
 * spent a quarter of searchAnswers' CPU). The server sees the same requests.
 */
export function keptAliveClient(url: string): KeptAliveClient {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  return {
    post: (body, path = "/graphql") =>
      new Promise((resolve, reject) => {
        const req = request(
          `${url}${path}`,
          {
            method: "POST",
            agent,
            headers: {
              "content-type": "application/json",
              "content-length": Buffer.byteLength(body),
            },
          },
          (res) => {
            let text = "";
            res.setEncoding("utf8");
            res.on("data", (chunk: string) => {
              text += chunk;
            });
            res.on("error", reject);
            res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
          },
        );
        req.on("error", reject);
        req.end(body);
      }),
    close: () => agent.destroy(),
  };
}
