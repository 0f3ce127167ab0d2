import { connect } from "node:net";
import { expect } from "vitest";
import { type BothPaths, exchangeBoth, type RawRequest, sendBoth } from "./bothPaths.js";
import { contractOperations } from "./contract.js";

/**
 * Requests of the compiled path's red team (tests/api/compiledPathRedTeam.test.ts): the
 * contract's operations sent in the shapes an attacker would try, and how to compare the
 * compiled path's answer with Apollo's.
 */

/** The text of the contract operation `name`. */
export const operationText = (name: string) =>
  contractOperations.find((o) => o.name === name)?.query ?? "";
/** The request id every red-team request carries, so both paths answer it alike. */
const ID = "red-team";
/** A POST of `body` (JSON unless already a string) with `headers`. */
export const post = (body: unknown, headers: Record<string, string> = {}): RawRequest => ({
  headers: { "content-type": "application/json", "x-request-id": ID, ...headers },
  body: typeof body === "string" ? body : JSON.stringify(body),
});
/** A Search POST whose variables are written as raw JSON (numbers JSON.stringify cannot write). */
export const rawSearch = (variables: string) =>
  post(`{"query":${JSON.stringify(operationText("Search"))},"variables":${variables}}`);
/** A Search POST with `variables`. */
export const search = (variables: unknown) => post({ query: operationText("Search"), variables });
/** A GET of `path` that passes the CSRF check. */
export const get = (path: string, headers: Record<string, string> = {}): RawRequest => ({
  method: "GET",
  path,
  headers: { "apollo-require-preflight": "1", "x-request-id": ID, ...headers },
});
/** The Stats operation, URL-encoded for a GET. */
export const statsQuery = encodeURIComponent(operationText("Stats"));

/** Writes `request` on a fresh socket as is and reads until the server closes it. */
export function rawExchange(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(request));
    let answer = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      answer += chunk;
    });
    socket.on("error", reject);
    socket.on("close", () => resolve(answer));
  });
}

/** Sends `request` both ways and expects the very same exchange; returns it. */
export async function alike(paths: BothPaths, request: RawRequest) {
  const answers = await sendBoth(paths, request);
  expect(answers.fast).toEqual(answers.slow);
  return answers;
}

/**
 * {@link alike} for a test that does not ask which path answered: the same exchanges sent
 * and compared, without reading /metrics before and after.
 */
export async function answeredAlike(paths: BothPaths, request: RawRequest) {
  const answers = await exchangeBoth(paths, request);
  expect(answers.fast).toEqual(answers.slow);
  return answers;
}
